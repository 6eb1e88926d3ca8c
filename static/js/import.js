// The "Import reviews" form: a pasted text over the limit for one document is stopped here,
// in the browser, so the text stays in the box (the server could only refuse the request
// and the text with it). The limit comes from the textarea's data-max-bytes.
document.addEventListener("DOMContentLoaded", () => {
  const pasted = document.querySelector("textarea[data-max-bytes]");
  if (!pasted) return;
  const limit = Number(pasted.dataset.maxBytes);
  const note = document.createElement("p");
  note.className = "errornote";
  note.setAttribute("role", "alert");
  note.hidden = true;
  pasted.closest(".form-row").prepend(note);
  pasted.form.addEventListener("submit", (event) => {
    const size = new Blob([pasted.value]).size;
    note.hidden = size <= limit;
    if (size > limit) {
      event.preventDefault();
      const megabytes = (size / 1e6).toFixed(1);
      note.textContent = `The pasted text is ${megabytes} MB; one document may be ` +
        `${limit / 1e6} MB at most. Save it as a file and upload that, or paste one review.`;
      pasted.focus();
    }
  });
});

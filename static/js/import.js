// The "Import reviews" form: a pasted text over the limit for one document is stopped here,
// in the browser, so the text stays in the box (the server could only refuse the request
// and the text with it). The limit comes from the textarea's data-max-bytes.
// The note is added only when it has something to say: the admin's .errornote is a block
// with a border, which the `hidden` attribute alone would not hide (an empty red box).
document.addEventListener("DOMContentLoaded", () => {
  const pasted = document.querySelector("textarea[data-max-bytes]");
  if (!pasted) return;
  const limit = Number(pasted.dataset.maxBytes);
  let note = null;
  pasted.form.addEventListener("submit", (event) => {
    const size = new Blob([pasted.value]).size;
    if (size <= limit) {
      if (note) note.remove();
      note = null;
      return;
    }
    event.preventDefault();
    if (!note) {
      note = document.createElement("p");
      note.className = "errornote";
      note.setAttribute("role", "alert");
      pasted.closest(".form-row").prepend(note);
    }
    const megabytes = (size / 1e6).toFixed(1);
    note.textContent = `The pasted text is ${megabytes} MB; one document may be ` +
      `${limit / 1e6} MB at most. Save it as a file and upload that, or paste one review.`;
    pasted.focus();
  });
});

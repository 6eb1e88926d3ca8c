"""Sessions that never turn finished work into an error page."""

import logging

from django.contrib.sessions.middleware import SessionMiddleware as DjangoSessionMiddleware
from django.db import DatabaseError

logger = logging.getLogger(__name__)


class SessionMiddleware(DjangoSessionMiddleware):
    """Django's, except that a session which cannot be saved leaves the answer as it was.

    The session is saved after the view has done its work: a comment stored, say, during a
    database restart. Answering 500 then would tell the visitor their comment was lost (and
    sending it again gets "duplicate"). The answer goes out without the session's update
    instead: they miss their pending comment's preview, not their comment.
    """

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except DatabaseError:
            logger.warning("The session could not be saved; answered without it.", exc_info=True)
            return response

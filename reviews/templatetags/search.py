"""Search result snippets: escaped text with the matches marked up."""

from django import template

from reviews.search import highlight

register = template.Library()
register.filter("highlight", highlight)

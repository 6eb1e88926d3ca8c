from django.urls import path, re_path

from pagecache.decorators import public_page
from reviews import views, views_people, views_search
from reviews.feeds import AuthorReviewsFeed

app_name = "reviews"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("reviews/", views.ReviewArchiveView.as_view(), name="review-list"),
    path("reviews/<slug:slug>/", views.ReviewDetailView.as_view(), name="review-detail"),
    path("reviews/<slug:slug>/preview/", views.ReviewPreviewView.as_view(), name="review-preview"),
    path("films/<slug:slug>/", views.FilmDetailView.as_view(), name="film-detail"),
    path("people/<slug:slug>/", views.PersonDetailView.as_view(), name="person-detail"),
    path(
        "franchises/<slug:slug>/",
        views_people.FranchiseDetailView.as_view(),
        name="franchise-detail",
    ),
    path("authors/<slug:slug>/", views_people.AuthorDetailView.as_view(), name="author-detail"),
    path("authors/<slug:slug>/feed/", public_page(AuthorReviewsFeed()), name="author-feed"),
    path("genres/<slug:slug>/", views.GenreDetailView.as_view(), name="genre-detail"),
    re_path(
        r"^countries/(?P<code>[A-Za-z]{2})/$",
        views.CountryDetailView.as_view(),
        name="country-detail",
    ),
    path("years/<int:year>/", views.YearDetailView.as_view(), name="year-detail"),
    path("tags/<slug:slug>/", views.TagDetailView.as_view(), name="tag-detail"),
    path("search/", views_search.SearchView.as_view(), name="search"),
]

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.views.generic import TemplateView

from pagecache.decorators import public_page
from reviews.feeds import LatestReviewsFeed
from reviews.sitemaps import sitemaps
from reviewsite.icons import favicon

admin.site.site_header = f"{settings.SITE_NAME} editors"
admin.site.site_title = settings.SITE_NAME
admin.site.index_title = "Content and moderation"

# A database outage answers the branded 503 (with Retry-After), other errors the 500 page.
handler500 = "reviewsite.errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("feed/", public_page(LatestReviewsFeed()), name="feed"),
    # An index of one sitemap per section, each in pages: a site outgrows one file's 50,000.
    path(
        "sitemap.xml",
        public_page(sitemap_views.index),
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        public_page(sitemap_views.sitemap),
        {"sitemaps": sitemaps},
        name="sitemap-section",
    ),
    path(
        "robots.txt",
        public_page(TemplateView.as_view(template_name="robots.txt", content_type="text/plain")),
        name="robots-txt",
    ),
    path("favicon.ico", favicon, name="favicon"),
    path("comments/", include("comments.urls")),
    path("", include("reviews.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

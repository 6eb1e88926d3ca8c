from django.urls import path

from comments.unsubscribe import unsubscribe

app_name = "comments"
urlpatterns = [
    path("unsubscribe/<str:token>/", unsubscribe, name="unsubscribe"),
]

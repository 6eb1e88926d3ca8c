"""The PostgreSQL backend prepares statements, and still takes bulk writes of any size."""

import pytest
from django.db import connection

from reviews.models import Person

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_statements_are_prepared_with_parameters_sent_apart():
    assert connection.settings_dict["ENGINE"] == "reviewsite.postgres"
    with connection.cursor() as cursor:
        for _ in range(6):  # psycopg prepares a statement on its fifth run
            cursor.execute("SELECT %s::int + 1", [41])
        cursor.execute("SELECT count(*) FROM pg_prepared_statements")
        assert cursor.fetchone()[0] >= 1


def test_a_bulk_insert_over_the_protocols_parameter_limit_is_batched():
    people = [Person(name=f"Extra {n}", slug=f"extra-{n}") for n in range(12_000)]
    Person.objects.bulk_create(people)  # 12,000 rows of 6 columns: over 65,535 parameters
    assert Person.objects.filter(slug__startswith="extra-").count() == 12_000

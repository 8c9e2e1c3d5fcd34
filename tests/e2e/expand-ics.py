"""Expands an iCalendar text (stdin) with recurring_ical_events (Debian's python3-recurring-ical-events) and prints
every occurrence as JSON: UID, UTC start, RECURRENCE-ID (or null) and STATUS, ordered by start."""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def utc(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')
    return value.isoformat()


calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
occurrences = recurring_ical_events.of(calendar).between(datetime.date(2000, 1, 1), datetime.date(2100, 1, 1))
rows = [
    {
        'uid': str(event['UID']),
        'start': utc(event['DTSTART'].dt),
        'status': str(event.get('STATUS', '')),
    }
    for event in occurrences
]
print(json.dumps(sorted(rows, key=lambda row: (row['start'], row['uid']))))

"""Validate iCalendar files with python-icalendar (Debian's python3-icalendar), independently of
the JavaScript parsers: every component must parse without errors, and every timed event is
reported with its start as London wall-clock time (through the zone library of Python itself).

Usage: python3 validate_ics.py FILE...   prints one JSON object per file on stdout; exit 1 on errors.
"""
import datetime
import json
import sys

from icalendar import Calendar

try:
    from zoneinfo import ZoneInfo
except ImportError:  # Python < 3.9
    ZoneInfo = None


def london(value):
    if not isinstance(value, datetime.datetime):
        return value.isoformat()
    if value.tzinfo is None:
        return "floating " + value.isoformat()
    zone = ZoneInfo("Europe/London") if ZoneInfo else None
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M") if zone else value.isoformat()


failed = False
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        data = handle.read()
    report = {"file": path, "errors": [], "events": []}
    try:
        calendar = Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse failure is a validation failure
        report["errors"].append(f"parse: {error}")
        calendar = None
    if calendar is not None:
        for component in calendar.walk():
            for name, message in getattr(component, "errors", []):
                report["errors"].append(f"{component.name} {name}: {message}")
            if component.name == "VEVENT":
                try:
                    start = component.decoded("dtstart")
                    component.decoded("dtend")
                    component.decoded("dtstamp")
                except Exception as error:  # noqa: BLE001
                    report["errors"].append(f"VEVENT {component.get('uid')}: {error!r}")
                    continue
                report["events"].append(
                    {
                        "uid": str(component.get("uid")),
                        "start": london(start),
                        "status": str(component.get("status")),
                        "allDay": not isinstance(start, datetime.datetime),
                    }
                )
        report["method"] = str(calendar.get("method"))
        report["timezones"] = [str(c.get("tzid")) for c in calendar.walk("VTIMEZONE")]
    failed = failed or bool(report["errors"])
    print(json.dumps(report))
sys.exit(1 if failed else 0)

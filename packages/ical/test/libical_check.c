/*
 * An independent checker for the feeds: libical (Debian: apt-get install libical-dev), the C
 * library behind Evolution and many CalDAV servers. Each file is parsed with
 * icalparser_parse_string (which records every parse error as an X-LIC-ERROR property) and
 * then checked with icalrestriction_check, which applies RFC 5545's rules to every component
 * and, when the calendar has a METHOD, RFC 5546's rules for that method (PUBLISH: exactly one
 * ORGANIZER, DTSTAMP, DTSTART, SUMMARY, UID in each VEVENT, ...).
 *
 * Usage: libical_check FILE...   prints "FILE: OK" or one "FILE: COMPONENT: error" line per
 * problem, then "FILE: FAIL"; exits 1 when any file fails.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)n + 1);
  size_t got = fread(text, 1, (size_t)n, f);
  text[got] = 0;
  fclose(f);
  return text;
}

/* Every X-LIC-ERROR the parser or the restriction check left in the component or below it. */
static int report(icalcomponent *c, const char *file) {
  int n = 0;
  for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)) {
    printf("%s: %s: %s\n", file, icalcomponent_kind_to_string(icalcomponent_isa(c)), icalproperty_get_xlicerror(p));
    n++;
  }
  for (icalcomponent *k = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); k;
       k = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
    n += report(k, file);
  return n;
}

int main(int argc, char **argv) {
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    char *text = slurp(argv[i]);
    if (!text) {
      printf("%s: cannot be read\nFAIL\n", argv[i]);
      failed = 1;
      continue;
    }
    icalcomponent *calendar = icalparser_parse_string(text);
    if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
      printf("%s: not a VCALENDAR\n%s: FAIL\n", argv[i], argv[i]);
      failed = 1;
    } else {
      int valid = icalrestriction_check(calendar);
      int errors = report(calendar, argv[i]);
      printf("%s: %s\n", argv[i], valid && errors == 0 ? "OK" : "FAIL");
      if (!valid || errors) failed = 1;
    }
    if (calendar) icalcomponent_free(calendar);
    free(text);
  }
  return failed;
}

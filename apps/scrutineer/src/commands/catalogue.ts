/**
 * What each subcommand is called, does and takes: plain data, so `scrutineer --help` and
 * dispatch need not load any command (and the packages behind it) until it runs.
 */
export const catalogue = {
  init: {
    name: "init",
    summary:
      "start a programme file: asks in a terminal, or takes flags; meetings from the slot rule, deadlines computed",
    usage:
      'scrutineer init [--council NAME --name NAME [--kind committee|commission|panel|board|sub-committee] --year YYYY/YY --rule "<words or RRULE>"] [--jurisdiction england|wales|scotland] [--start HH:MM] [--venue TEXT] [--contact NAME] [--email ADDRESS] [--chair NAME] [--member NAME …] [-o FILE] [--force]',
  },
  plan: {
    name: "plan",
    summary: "open the planner: move items between meetings with every check answering as you go",
    usage: "scrutineer plan [programme.yaml | council-folder] [--now YYYY-MM-DD|INSTANT]",
  },
  check: {
    name: "check",
    summary:
      "validate a programme file (or a council folder, with the clashes across committees) and print every finding",
    usage: [
      "scrutineer check <programme.yaml> [--json] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer check <council-folder> [--json] [--now YYYY-MM-DD|INSTANT]",
    ].join("\n       "),
  },
  agenda: {
    name: "agenda",
    summary: "time a meeting's agenda and print its front sheet (Markdown, HTML) or timings (JSON)",
    usage:
      "scrutineer agenda <programme.yaml> --meeting YYYY-MM-DD|ID [--format md|html|json] [--with-checks] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
  },
  interests: {
    name: "interests",
    summary: "attendance, declarations of interest, who must leave, who may vote and quorum per item",
    usage: "scrutineer interests <programme.yaml> --meeting YYYY-MM-DD|ID [--json]",
  },
  programme: {
    name: "programme",
    summary: "print the year's work-programme table as Markdown or self-contained HTML",
    usage:
      "scrutineer programme <programme.yaml> [--format md|html] [--with-checks] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
  },
  deadlines: {
    name: "deadlines",
    summary: "papers deadlines, agenda dispatch (clear days by jurisdiction) and Cabinet notice, per meeting",
    usage: [
      "scrutineer deadlines <programme.yaml> [--meeting YYYY-MM-DD|ID …] [--json] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer deadlines --meeting YYYY-MM-DD [--meeting …] [--jurisdiction england|wales|scotland] [--papers-days N] [--clear-days N] [--closed YYYY-MM-DD …] [--json] [--now YYYY-MM-DD|INSTANT]",
    ].join("\n       "),
  },
  minutes: {
    name: "minutes",
    summary: "draft minutes of a meeting (Markdown or HTML) from its agenda, attendance, declarations and outcomes",
    usage:
      "scrutineer minutes <programme.yaml> --meeting YYYY-MM-DD|ID [--format md|html] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
  },
  recommendations: {
    name: "recommendations",
    summary:
      "the recommendations tracker: each review's recommendations, response due (LGA 2000 s9FE), response, status, follow-up; proposes follow-up items",
    usage: [
      "scrutineer recommendations <programme.yaml> [--review ID] [--json | --format text|md|html|json] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer recommendations <programme.yaml> --propose-follow-ups [--apply] [--review ID] [--json]",
    ].join("\n       "),
  },
  slots: {
    name: "slots",
    summary: "meeting dates for a municipal year from a recurrence rule, skipping bank holidays",
    usage:
      'scrutineer slots --rule "<RRULE or words>" --year 2024/25 [--start HH:MM] [--skip FROM..TO …] [--closed YYYY-MM-DD …] [--format text|json|yaml] [--papers-days N] [--clear-days N]',
  },
  export: {
    name: "export",
    summary:
      "export iCalendar feeds (one .ics, or a static site of every feed), Open Civic Data JSON, or a council's overview",
    usage: [
      "scrutineer export ics <programme.yaml|dir>… [--member ID | --deadlines] [-o FILE] [--state FILE] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer export site <programme.yaml|dir>… --out-dir DIR [--base-url https://…] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer export ocd <programme.yaml> [--out-dir DIR] [--now YYYY-MM-DD|INSTANT]",
      "scrutineer export overview <council-folder> [--format md|html] [-o FILE] [--now YYYY-MM-DD|INSTANT]",
    ].join("\n       "),
  },
  import: {
    name: "import",
    summary: "start or update a programme from ModernGov: saved responses or the live web service, re-imports merged",
    usage:
      "scrutineer import moderngov (--from DIR | --site https://…) --committee ID|TITLE --year YYYY/YY [-o FILE] [--dry-run] [--council NAME] [--jurisdiction england|wales|scotland] [--kind KIND] [--report FILE] [--cache DIR] [--max-age SECONDS] [--timeout SECONDS] [--retries N]",
  },
  serve: {
    name: "serve",
    summary: "serve every calendar feed over HTTP, regenerated when the programme file changes",
    usage:
      "scrutineer serve <programme.yaml|dir>… [--port 8080] [--host 127.0.0.1] [--base-url https://…] [--now YYYY-MM-DD|INSTANT]",
  },
  autoplan: {
    name: "autoplan",
    summary: "propose a plan of the year under every rule (HiGHS), say what cannot fit, and --apply it",
    usage:
      "scrutineer autoplan <programme.yaml> [--json] [--apply] [--now YYYY-MM-DD|INSTANT] [--time-limit SECONDS] [--why ITEM] [--ranges upper|lower]",
  },
  calendar: {
    name: "calendar",
    summary:
      "propose the year's calendar of meetings for every committee of a council folder (HiGHS), with no clash, and --apply it",
    usage: "scrutineer calendar <council-folder> --year YYYY/YY [--apply] [--json] [--time-limit SECONDS]",
  },
} as const;

export type CommandName = keyof typeof catalogue;

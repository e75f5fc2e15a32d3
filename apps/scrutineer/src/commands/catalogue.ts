/**
 * What each subcommand is called, does and takes: plain data, so `scrutineer --help` and
 * dispatch need not load any command (and the packages behind it) until it runs.
 */
export const catalogue = {
  plan: {
    name: "plan",
    summary: "open the planner: move items between meetings with every check answering as you go",
    usage: "scrutineer plan [programme.yaml] [--now YYYY-MM-DD|INSTANT]",
  },
  check: {
    name: "check",
    summary: "validate a programme file and print every finding",
    usage: "scrutineer check <programme.yaml> [--json] [--now YYYY-MM-DD]",
  },
  agenda: {
    name: "agenda",
    summary: "time a meeting's agenda and print its front sheet (Markdown, HTML) or timings (JSON)",
    usage:
      "scrutineer agenda <programme.yaml> --meeting YYYY-MM-DD [--format md|html|json] [-o FILE] [--now YYYY-MM-DD]",
  },
  interests: {
    name: "interests",
    summary: "attendance, declarations of interest, who must leave, who may vote and quorum per item",
    usage: "scrutineer interests <programme.yaml> --meeting YYYY-MM-DD [--json]",
  },
  programme: {
    name: "programme",
    summary: "print the year's work-programme table as Markdown or self-contained HTML",
    usage: "scrutineer programme <programme.yaml> [--format md|html] [-o FILE] [--now YYYY-MM-DD]",
  },
  deadlines: {
    name: "deadlines",
    summary: "papers deadlines, agenda dispatch (five clear days) and Cabinet notice, per meeting",
    usage: [
      "scrutineer deadlines <programme.yaml> [--meeting YYYY-MM-DD …] [--json] [--now YYYY-MM-DD]",
      "scrutineer deadlines --meeting YYYY-MM-DD [--meeting …] [--papers-days N] [--clear-days N] [--closed YYYY-MM-DD …] [--json] [--now YYYY-MM-DD]",
    ].join("\n       "),
  },
  slots: {
    name: "slots",
    summary: "meeting dates for a municipal year from a recurrence rule, skipping bank holidays",
    usage:
      'scrutineer slots --rule "<RRULE or words>" --year 2024/25 [--start HH:MM] [--skip FROM..TO …] [--closed YYYY-MM-DD …] [--json]',
  },
  export: {
    name: "export",
    summary: "export iCalendar feeds: one .ics (commission, member or deadlines) or a static site of every feed",
    usage: [
      "scrutineer export ics <programme.yaml|dir>… [--member ID | --deadlines] [-o FILE] [--state FILE] [--now WHEN]",
      "scrutineer export site <programme.yaml|dir>… --out-dir DIR [--base-url https://…] [--now WHEN]",
    ].join("\n       "),
  },
  serve: {
    name: "serve",
    summary: "serve every calendar feed over HTTP, regenerated when the programme file changes",
    usage:
      "scrutineer serve <programme.yaml|dir>… [--port 8080] [--host 127.0.0.1] [--base-url https://…] [--now WHEN]",
  },
  autoplan: {
    name: "autoplan",
    summary: "propose a plan of the year under every rule (HiGHS), say what cannot fit, and --apply it",
    usage:
      "scrutineer autoplan <programme.yaml> [--json] [--apply] [--now YYYY-MM-DD] [--time-limit SECONDS] [--why ITEM] [--ranges upper|lower]",
  },
} as const;

export type CommandName = keyof typeof catalogue;

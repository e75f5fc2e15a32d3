import type { CouncilFolder } from "@scrutineer/council";
import { plural } from "@scrutineer/model";
import { type CouncilOverviewOptions, councilOverview } from "./council-overview.js";
import { overviewMeetingNotes, SEVERITY_WORD } from "./council-overview-markdown.js";
import { renderPage } from "./html-page.js";

/**
 * The council overview (`councilOverview`) as one self-contained, accessible HTML document (the
 * shell of every published document: inline CSS, no scripts, landmarks, captioned tables with
 * scoped header cells, a print stylesheet): the committees' table, each committee's meetings,
 * and the clashes found across committees. React escapes all text.
 *
 * @example
 * import { Council, councilFolder } from "@scrutineer/council";
 * const council = Council.parse({ council: "London Borough of Hackney", municipalYear: "2022/23", committees: [{ id: "cyp", programme: "programme.yaml" }] });
 * const folder = councilFolder(council, [{ entry: council.committees[0]!, file: "programme.yaml", programme: __parsed }]);
 * councilOverviewHtml(folder, { today: "2023-01-09" }).startsWith("<!DOCTYPE html>"); // true
 */
export function councilOverviewHtml(folder: CouncilFolder, options: CouncilOverviewOptions): string {
  const o = councilOverview(folder, options);
  const meetings = o.committees.reduce((n, c) => n + c.meetings.length, 0);
  return renderPage({
    title: `${o.title}: ${o.council}`,
    council: o.council,
    css: "@media print { @page { size: A4; margin: 12mm; } section { break-before: auto; } }",
    footer: (
      <p>
        {o.title}, {o.council}. As at {o.asAt}.
      </p>
    ),
    children: (
      <>
        <h1>{o.title}</h1>
        <p>
          As at {o.asAt}. {plural(o.committees.length, "committee")}, {plural(meetings, "meeting")};{" "}
          {o.clashes.length === 0 ? (
            "no clash found across committees."
          ) : (
            <a href="#clashes">{plural(o.clashes.length, "clash", "clashes")} found across committees.</a>
          )}
        </p>
        <table>
          <caption>The committees' year at a glance</caption>
          <thead>
            <tr>
              <th scope="col">Committee</th>
              <th scope="col">Chair</th>
              <th scope="col" className="num">
                Meetings
              </th>
              <th scope="col" className="num">
                Items
              </th>
              <th scope="col" className="num">
                Clashes
              </th>
            </tr>
          </thead>
          <tbody>
            {o.committees.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <a href={`#committee-${c.id}`}>{c.name}</a>
                </th>
                <td>{c.chair ?? <span className="muted">not known</span>}</td>
                <td className="num">{c.meetings.length}</td>
                <td className="num">{c.items}</td>
                <td className="num">{c.clashes}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {o.committees.map((c) => (
          <section key={c.id} aria-labelledby={`committee-${c.id}`}>
            <h2 id={`committee-${c.id}`}>{c.name}</h2>
            <p>
              Chair: {c.chair ?? "not known"}. {plural(c.meetings.length, "meeting")}, {plural(c.items, "item")}.
            </p>
            {c.meetings.length === 0 ? (
              <p>No meetings in the programme yet.</p>
            ) : (
              <table>
                <caption>Meetings of the {c.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Time</th>
                    <th scope="col">Venue</th>
                    <th scope="col" className="num">
                      Items
                    </th>
                    <th scope="col">Notes</th>
                  </tr>
                </thead>
                <tbody>
                  {c.meetings.map((m) => (
                    <tr key={m.id}>
                      <th scope="row" className="nowrap">
                        <time dateTime={m.isoDate}>{m.cancelled ? <s>{m.date}</s> : m.date}</time>
                      </th>
                      <td className="nowrap">{m.time}</td>
                      <td>{m.venue}</td>
                      <td className="num">{m.items}</td>
                      <td>{overviewMeetingNotes(m).join("; ")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        ))}
        <section aria-labelledby="clashes">
          <h2 id="clashes">Clashes found across committees</h2>
          {o.clashes.length === 0 ? (
            <p>None: the council's checks find no clash.</p>
          ) : (
            <ul>
              {o.clashes.map((f, i) => (
                <li key={i}>
                  <strong>{SEVERITY_WORD[f.severity]}</strong>
                  {f.date ? (
                    <>
                      , <time dateTime={f.isoDate}>{f.date}</time>
                    </>
                  ) : null}{" "}
                  ({f.committees.join(", ")}): {f.message} <code>{f.code}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </>
    ),
  });
}

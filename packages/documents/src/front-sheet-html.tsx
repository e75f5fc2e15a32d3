import { longDate } from "@scrutineer/dates";
import type { Meeting, Programme } from "@scrutineer/model";
import { listJoin } from "@scrutineer/model";
import { type FrontSheet, frontSheet } from "./front-sheet.js";
import { Link, renderPage } from "./html-page.js";
import type { DocumentOptions } from "./options.js";
import { cabinetQALine, outcomeInBrackets } from "./wording.js";

function Agenda({ sheet }: { sheet: FrontSheet }) {
  return (
    <table>
      <caption>Agenda, {sheet.date}</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            No.
          </th>
          <th scope="col">Item</th>
          <th scope="col">Start</th>
          <th scope="col">Pages</th>
        </tr>
      </thead>
      <tbody>
        {sheet.items.map((item) => (
          <tr key={item.number}>
            <th scope="row" className="num">
              {item.number}
            </th>
            <td>
              {item.procedural ? item.title : <strong>{item.title}</strong>}
              {item.purpose ? <p>{item.purpose}</p> : null}
              {item.cabinetQA ? <p>{cabinetQALine(item.cabinetQA, (t) => t)}</p> : null}
              {item.attending.length > 0 ? <p>Attending: {item.attending.join("; ")}</p> : null}
              {item.timeNote ? <p className="note">Note: {item.timeNote}</p> : null}
              {item.outcome ? <p className="note">{item.outcome}</p> : null}
            </td>
            <td className="nowrap">{item.start ?? ""}</td>
            <td className="nowrap">{item.pages ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Declarations({ sheet }: { sheet: FrontSheet }) {
  return (
    <section aria-labelledby="declarations">
      <h2 id="declarations">Declarations of interest</h2>
      <table>
        <caption>Interests declared for this meeting</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Items</th>
            <th scope="col">Interest</th>
            <th scope="col">Nature</th>
            <th scope="col">What the member may do</th>
          </tr>
        </thead>
        <tbody>
          {sheet.declarations.map((d, i) => (
            <tr key={i}>
              <th scope="row">{d.name}</th>
              <td>{listJoin(d.items.map((it) => (it.number ? `${it.number} ${it.title}` : it.title)))}</td>
              <td>{d.kind}</td>
              <td>{d.nature}</td>
              <td>{d.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The agenda front sheet as one self-contained, accessible HTML document. */
export function frontSheetHtml(programme: Programme, meeting: Meeting, options: DocumentOptions): string {
  const sheet = frontSheet(programme, meeting, options);
  const { contact } = sheet;
  return renderPage({
    title: sheet.title,
    council: sheet.council,
    css: "@media print { @page { size: A4 portrait; margin: 15mm; } }",
    footer: (
      <p>
        Contact: {contact.name}
        {contact.phone ? `, ${contact.phone}` : ""}
        {contact.email ? (
          <>
            , <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
          </>
        ) : null}
        . Prepared on {longDate(options.today)}.
      </p>
    ),
    children: (
      <>
        <h1>{sheet.commission}</h1>
        {sheet.statusNotes.map((note) => (
          <p className="notice" key={note}>
            {note}
          </p>
        ))}
        {sheet.cancellation ? <Cancellation sheet={sheet} /> : <Summons sheet={sheet} />}
      </>
    ),
  });
}

/** A cancelled meeting's page: the notice of cancellation, the business it was to take, whom to contact. */
function Cancellation({ sheet }: { sheet: FrontSheet }) {
  const business = sheet.items.filter((i) => !i.procedural);
  return (
    <section aria-labelledby="cancellation">
      <h2 id="cancellation">Notice of cancellation</h2>
      {(sheet.cancellation ?? []).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {business.length > 0 ? (
        <>
          <p>The business it was to consider:</p>
          <ul>
            {business.map((item) => (
              <li key={item.number}>
                {item.title}
                {item.outcome ? ` (${outcomeInBrackets(item.outcome)})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {sheet.webpage ? (
        <p>
          More about the {sheet.body}: <Link href={sheet.webpage}>{sheet.webpage}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The summons: the meeting's facts, membership, agenda and declarations. */
function Summons({ sheet }: { sheet: FrontSheet }) {
  const { contact } = sheet;
  return (
    <>
      <p>
        All Members of the {sheet.commission} are requested to attend the meeting of the {sheet.body} to be held as
        follows:
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          <time dateTime={sheet.isoDate}>{sheet.date}</time>
        </dd>
        <dt>Time</dt>
        <dd>{sheet.time}</dd>
        <dt>Venue</dt>
        <dd>{sheet.venue}</dd>
        {sheet.livestream ? (
          <>
            <dt>Livestream</dt>
            <dd>
              <Link href={sheet.livestream}>{sheet.livestream}</Link>
            </dd>
          </>
        ) : null}
        <dt>Contact</dt>
        <dd>
          {contact.name}
          {contact.phone ? `, ${contact.phone}` : ""}
          {contact.email ? (
            <>
              , <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
            </>
          ) : null}
        </dd>
      </dl>
      {sheet.livestream ? (
        <p>
          The press and members of the public are welcome to attend in person or to watch the meeting through the
          livestream link above.
        </p>
      ) : null}
      <section aria-labelledby="membership">
        <h2 id="membership">Membership</h2>
        <dl className="facts">
          <dt>Members</dt>
          <dd>{listJoin(sheet.members.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)))}</dd>
          {sheet.coOptees.length > 0 ? (
            <>
              <dt>Co-optees</dt>
              <dd>{listJoin(sheet.coOptees.map((c) => (c.represents ? `${c.name} (${c.represents})` : c.name)))}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="agenda">
        <h2 id="agenda">Agenda</h2>
        <p>All meetings are open to the public.</p>
        <Agenda sheet={sheet} />
        {sheet.withdrawn.length > 0 ? <p>Withdrawn from this agenda: {listJoin(sheet.withdrawn)}.</p> : null}
        {sheet.timing ? <p>{sheet.timing}</p> : null}
      </section>
      {sheet.declarations.length > 0 ? <Declarations sheet={sheet} /> : null}
      {sheet.webpage ? (
        <p>
          More about the {sheet.body}: <Link href={sheet.webpage}>{sheet.webpage}</Link>
        </p>
      ) : null}
    </>
  );
}

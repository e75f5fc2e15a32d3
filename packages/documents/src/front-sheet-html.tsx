import type { Meeting, Programme } from "@scrutineer/model";
import { longDate } from "./council-dates.js";
import { type FrontSheet, frontSheet } from "./front-sheet.js";
import { Link, renderPage } from "./html-page.js";
import type { DocumentOptions } from "./options.js";
import { andList } from "./wording.js";

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
              {item.attending.length > 0 ? <p>Attending: {item.attending.join("; ")}</p> : null}
              {item.timeNote ? <p className="note">Note: {item.timeNote}</p> : null}
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
              <td>{andList(d.items.map((it) => (it.number ? `${it.number} ${it.title}` : it.title)))}</td>
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
        <p>
          All Members of the {sheet.commission} are requested to attend the meeting of the Commission to be held as
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
            <dd>{andList(sheet.members.map((m) => (m.role ? `${m.name} (${m.role})` : m.name)))}</dd>
            {sheet.coOptees.length > 0 ? (
              <>
                <dt>Co-optees</dt>
                <dd>{andList(sheet.coOptees.map((c) => (c.represents ? `${c.name} (${c.represents})` : c.name)))}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="agenda">
          <h2 id="agenda">Agenda</h2>
          <p>All meetings are open to the public.</p>
          <Agenda sheet={sheet} />
          {sheet.withdrawn.length > 0 ? <p>Withdrawn from this agenda: {andList(sheet.withdrawn)}.</p> : null}
          {sheet.timing ? <p>{sheet.timing}</p> : null}
        </section>
        {sheet.declarations.length > 0 ? <Declarations sheet={sheet} /> : null}
        {sheet.webpage ? (
          <p>
            More about the Commission: <Link href={sheet.webpage}>{sheet.webpage}</Link>
          </p>
        ) : null}
      </>
    ),
  });
}

import type { Programme } from "@scrutineer/model";
import { listJoin } from "@scrutineer/model";
import { renderPage } from "./html-page.js";
import type { DocumentOptions } from "./options.js";
import {
  type DeadlineCell,
  type WorkProgrammeEvent,
  type WorkProgrammeItem,
  type WorkProgrammeMeeting,
  workProgramme,
} from "./work-programme.js";
import { meetingHeadline } from "./work-programme-markdown.js";

function Deadline({ cell }: { cell: DeadlineCell }) {
  if (cell.basis === "to-be-confirmed") return <>{cell.date}</>;
  return (
    <>
      <time dateTime={cell.isoDate}>{cell.date}</time>{" "}
      <span className="muted">
        ({cell.basis}
        {cell.rule ? `; ${cell.rule}` : ""})
      </span>
    </>
  );
}

function List({ entries }: { entries: readonly string[] }) {
  if (entries.length === 0) return null;
  if (entries.length === 1) return <>{entries[0]}</>;
  return (
    <ul>
      {entries.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}

function Objective({ item }: { item: WorkProgrammeItem }) {
  const qa = item.cabinetQA;
  return (
    <>
      {item.objective ?? ""}
      {item.outcome ? <p>{item.outcome}</p> : null}
      {item.standing ? <p>Standing item.</p> : null}
      {item.alongside.length > 0 ? <p>Taken alongside {listJoin(item.alongside)}.</p> : null}
      {qa ? (
        <>
          <p>Cabinet member: {qa.cabinetMember}.</p>
          {qa.topics.length > 0 ? (
            <>
              <p>Topics:</p>
              <ol>
                {qa.topics.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ol>
            </>
          ) : null}
          {qa.notified ? (
            <p>
              Topics notified {qa.notified}
              {qa.due ? ` (due by ${qa.due}${qa.late ? ": late" : ""})` : ""}.
            </p>
          ) : qa.due ? (
            <p>Topics to be notified by {qa.due}.</p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

function ItemTable({ caption, items }: { caption: string; items: readonly WorkProgrammeItem[] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Scrutiny objective</th>
          <th scope="col">Minutes</th>
          <th scope="col">Officers</th>
          <th scope="col">Preparatory work</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row" className={`status-${item.status}`}>
              {item.title}
            </th>
            <td>
              <Objective item={item} />
            </td>
            <td>{item.minutes || "not set"}</td>
            <td>
              <List entries={[...(item.directorate ? [item.directorate] : []), ...item.officers]} />
            </td>
            <td>
              <List entries={item.preparation} />
            </td>
            <td className={`status-${item.status}`}>{item.statusLabel}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MeetingSection({ m }: { m: WorkProgrammeMeeting }) {
  const headingId = `meeting-${m.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        Meeting {m.number}: {meetingHeadline(m)}
      </h2>
      {m.cancelled ? (
        <p className="notice">This meeting has been cancelled{m.postponedTo ? `: ${m.postponedTo}` : ""}.</p>
      ) : null}
      <dl className="facts">
        {m.time ? (
          <>
            <dt>Time</dt>
            <dd>{m.time}</dd>
          </>
        ) : null}
        {m.venue ? (
          <>
            <dt>Venue</dt>
            <dd>{m.venue}</dd>
          </>
        ) : null}
        <dt>Papers deadline</dt>
        <dd>
          <Deadline cell={m.papersDeadline} />
        </dd>
        <dt>Agenda dispatch</dt>
        <dd>
          <Deadline cell={m.dispatch} />
        </dd>
        <dt>Time allotted</dt>
        <dd>
          {m.allotted}
          {m.overAllotted ? " (more than the meeting has)" : ""}
        </dd>
      </dl>
      {m.items.length > 0 ? <ItemTable caption={`Items for ${m.date}`} items={m.items} /> : <p>No items yet.</p>}
    </section>
  );
}

/** Public events that are not meetings: site visits, evidence sessions (private ones are never in the data). */
function Events({ events }: { events: readonly WorkProgrammeEvent[] }) {
  return (
    <section aria-labelledby="events">
      <h2 id="events">Visits and other sessions</h2>
      <table>
        <caption>Work outside the formal meetings</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Session</th>
            <th scope="col">Where</th>
            <th scope="col">Items</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <time dateTime={e.isoDate}>{e.date}</time>
                {e.time ? `, ${e.time}` : ""}
              </th>
              <td>
                {e.kind}: {e.title}
              </td>
              <td>{e.venue ?? ""}</td>
              <td>
                <List entries={e.items} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The year's work programme as one self-contained, accessible HTML document. */
export function workProgrammeHtml(programme: Programme, options: DocumentOptions): string {
  const wp = workProgramme(programme, options);
  return renderPage({
    title: wp.title,
    council: wp.council,
    css: "@media print { @page { size: A4 landscape; margin: 12mm; } section { break-before: auto; } }",
    footer: (
      <p>
        {wp.title}. As at {wp.asAt}.
      </p>
    ),
    children: (
      <>
        <h1>{wp.title}</h1>
        <p>As at {wp.asAt}.</p>
        <section aria-labelledby="key">
          <h2 id="key">Key</h2>
          <ul>
            {wp.legend.map((l) => (
              <li key={l.status}>
                <span className={`status-${l.status}`}>{l.label}</span>: {l.meaning}
              </li>
            ))}
          </ul>
          <p>{wp.datesKey}</p>
        </section>
        <nav aria-label="Meetings">
          <h2 id="contents">Meetings</h2>
          <ul>
            {wp.meetings.map((m) => (
              <li key={m.id}>
                <a href={`#meeting-${m.id}`}>
                  Meeting {m.number}: {meetingHeadline(m)}
                </a>
              </li>
            ))}
            {wp.events.length > 0 ? (
              <li>
                <a href="#events">Visits and other sessions</a>
              </li>
            ) : null}
            {wp.unscheduled.length > 0 ? (
              <li>
                <a href="#unscheduled">Items not yet scheduled</a>
              </li>
            ) : null}
            <li>
              <a href="#backlog">{wp.backlogHeading}</a>
            </li>
          </ul>
        </nav>
        <section aria-labelledby="glance">
          <h2 id="glance">Meetings at a glance</h2>
          <table>
            <caption>Meetings, deadlines and items, {wp.municipalYear}</caption>
            <thead>
              <tr>
                <th scope="col">Meeting</th>
                <th scope="col">Papers deadline</th>
                <th scope="col">Agenda dispatch</th>
                <th scope="col">Items (minutes)</th>
              </tr>
            </thead>
            <tbody>
              {wp.meetings.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{meetingHeadline(m)}</th>
                  <td>
                    <Deadline cell={m.papersDeadline} />
                  </td>
                  <td>
                    <Deadline cell={m.dispatch} />
                  </td>
                  <td>
                    <List entries={m.items.map((i) => (i.minutes ? `${i.title} (${i.minutes})` : i.title))} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {wp.meetings.map((m) => (
          <MeetingSection key={m.id} m={m} />
        ))}
        {wp.events.length > 0 ? <Events events={wp.events} /> : null}
        {wp.unscheduled.length > 0 ? (
          <section aria-labelledby="unscheduled">
            <h2 id="unscheduled">Items not yet scheduled</h2>
            <ItemTable caption="Items not yet on any meeting's agenda" items={wp.unscheduled} />
          </section>
        ) : null}
        <section aria-labelledby="backlog">
          <h2 id="backlog">{wp.backlogHeading}</h2>
          {wp.backlog.length > 0 ? (
            <table>
              <caption>{wp.backlogHeading}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    No.
                  </th>
                  <th scope="col">Item</th>
                  <th scope="col">Scrutiny objective</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {wp.backlog.map((item, i) => (
                  <tr key={item.id}>
                    <td className="num">{i + 1}</td>
                    <th scope="row">{item.title}</th>
                    <td>{item.objective ?? ""}</td>
                    <td className={`status-${item.status}`}>{item.statusLabel}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>None noted yet.</p>
          )}
        </section>
      </>
    ),
  });
}

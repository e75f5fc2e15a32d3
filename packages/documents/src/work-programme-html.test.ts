import { Item } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample } from "../test/example.js";
import { count, expectSelfContainedAccessiblePage } from "../test/html-checks.js";
import { workProgrammeHtml } from "./work-programme-html.js";

const today = "2023-01-06";

describe("workProgrammeHtml", () => {
  const html = workProgrammeHtml(loadExample(), { today, withChecks: true });

  it("is a self-contained, accessible page", () => {
    expectSelfContainedAccessiblePage(html, "Children and Young People Scrutiny Commission: work programme 2022/23");
    expect(html).toContain('<nav aria-label="Meetings">');
    expect(html).toContain("@page { size: A4 landscape;");
  });

  it("has the at-a-glance table, one table per meeting and the backlog, all with captions", () => {
    expect(count(html, /<table>/)).toBe(1 + 8 + 1);
    expect(html).toContain("<caption>Meetings, deadlines and items, 2022/23</caption>");
    expect(html).toContain("<caption>Items for Monday 16 January 2023</caption>");
    expect(html).toContain("<caption>Possible items noted for 2023/24</caption>");
    expect(html).toContain('<h2 id="backlog">Possible items noted for 2023/24</h2>');
  });

  it("shows the September meeting moved from 8 September, with its stated deadlines", () => {
    expect(html).toContain(
      '<h2 id="meeting-2022-09">Meeting 2: Thursday 29 September 2022 (moved from 8 September 2022)</h2>',
    );
    expect(html).toContain(
      '<th scope="row">Thursday 29 September 2022 (moved from 8 September 2022)</th><td><time dateTime="2022-08-30">Tuesday 30 August 2022</time> <span class="muted">(stated; 3 working days before dispatch gives Thursday 15 September 2022)</span></td>',
    );
  });

  it("says the status in words as well as by style, with the legend", () => {
    expect(html).toContain(
      '<li><span class="status-to-be-scoped">to be scoped</span>: confirmed but to be scoped</li>',
    );
    expect(html).toContain(
      '<th scope="row" class="status-to-be-scoped">Race, Racism and Children&#x27;s Social Care - Support for Young Parents</th>',
    );
    expect(html).toContain('<td class="status-to-be-scoped">to be scoped</td>');
  });

  it("lists the Cabinet Q&A topics and when the Cabinet member was told", () => {
    expect(html).toContain(
      "<ol><li>Update on children&#x27;s centres (and Family Hubs)</li><li>Support for parents of children with SEND</li>",
    );
    expect(html).toContain("<p>Topics notified Tuesday 3 January 2023 (due by Monday 16 January 2023).</p>");
  });

  it("adds a section for items not yet scheduled, and escapes their text", () => {
    const p = exampleWith((q) => {
      q.items.push(Item.parse({ id: "youth", title: "<i>Youth</i> & play", status: "tbc" }));
    });
    const out = workProgrammeHtml(p, { today });
    expect(out).toContain('<h2 id="unscheduled">Items not yet scheduled</h2>');
    expect(out).toContain('<th scope="row" class="status-tbc">&lt;i&gt;Youth&lt;/i&gt; &amp; play</th>');
    expect(out).toContain("<td>not set</td>");
  });
});

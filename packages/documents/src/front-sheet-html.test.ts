import { describe, expect, it } from "vitest";
import { exampleWith, loadExample, meetingOn } from "../test/example.js";
import { count, expectSelfContainedAccessiblePage } from "../test/html-checks.js";
import { frontSheetHtml } from "./front-sheet-html.js";

const today = "2023-01-06";

describe("frontSheetHtml", () => {
  const p = loadExample();
  const html = frontSheetHtml(p, meetingOn(p, "2023-01-16"), { today, withChecks: true });

  it("is a self-contained, accessible page titled by commission and date", () => {
    expectSelfContainedAccessiblePage(html, "Children and Young People Scrutiny Commission, Monday 16 January 2023");
    expect(html).toContain("<h1>Children and Young People Scrutiny Commission</h1>");
    expect(html).toContain('<time dateTime="2023-01-16">Monday 16 January 2023</time>');
    expect(html).toContain("@page { size: A4 portrait;");
  });

  it("puts the agenda in a table with a caption, column headers and numbered row headers", () => {
    expect(html).toContain("<caption>Agenda, Monday 16 January 2023</caption>");
    expect(count(html, /<th scope="col"/)).toBe(4);
    expect(count(html, /<th scope="row"/)).toBe(10);
    expect(html).toContain(
      '<th scope="row" class="num">4</th><td><strong>City &amp; Hackney Safeguarding Children Partnership - Annual Report</strong>',
    );
    expect(html).toContain('<td class="nowrap">19.05</td><td class="nowrap">Pages 9–200</td>');
    expect(html).toContain('<p class="note">Note: The programme states 21.10; the allotted minutes give 21.05.</p>');
  });

  it("links the livestream and the contact's email", () => {
    expect(html).toContain('<a href="https://youtu.be/mO4tD64mIBk">https://youtu.be/mO4tD64mIBk</a>');
    expect(html).toContain('<a href="mailto:martin.bradford@hackney.gov.uk">martin.bradford@hackney.gov.uk</a>');
    expect(html).toContain(
      "Cllr Sophie Conway (Chair), Cllr Margaret Gordon (Vice-Chair), Cllr Alastair Binnie-Lubbock",
    );
  });

  it("tabulates declarations with the member as row header", () => {
    const nov = frontSheetHtml(p, meetingOn(p, "2022-11-30"), { today });
    expectSelfContainedAccessiblePage(nov, "Children and Young People Scrutiny Commission, Wednesday 30 November 2022");
    expect(nov).toContain("<caption>Interests declared for this meeting</caption>");
    expect(nov).toContain(
      '<th scope="row">Jo Macleod</th><td>6 SEND Strategy</td><td>other non-pecuniary interest</td><td>Governor at a primary school in Hackney and a parent of a child with SEND</td><td>may stay, take part and vote</td>',
    );
    expect(html).not.toContain("Declarations of interest</h2>");
  });

  it("escapes programme text and never links a script address", () => {
    const hostile = exampleWith((q) => {
      q.items.find((i) => i.id === "chscp-annual-report-2022")!.title = '<script>alert("x")</script> & <b>bold</b>';
      q.commission.livestream = "javascript:alert(1)";
      q.commission.name = "</title><script>alert(1)</script>";
    });
    const out = frontSheetHtml(hostile, meetingOn(hostile, "2023-01-16"), { today });
    expect(out).not.toMatch(/<script|<b>|href="javascript/i);
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;");
    expect(out).toContain("<dt>Livestream</dt><dd>javascript:alert(1)</dd>");
    expect(out).toContain("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;, Monday 16 January 2023</title>");
  });

  it("announces a cancelled meeting", () => {
    const cancelled = exampleWith((q) => {
      meetingOn(q, "2023-01-16").status = "cancelled";
    });
    expect(frontSheetHtml(cancelled, meetingOn(cancelled, "2023-01-16"), { today })).toContain(
      '<h1>Children and Young People Scrutiny Commission</h1><p class="notice">This meeting has been cancelled.</p>',
    );
  });
});

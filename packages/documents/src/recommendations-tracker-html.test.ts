// The tracker as published to the commission, in HTML: the real example's two reviews (School
// Exclusions: Cabinet's response of 14 March 2022; Unregistered Educational Settings: internal
// audit's statuses, seed 001 lines 4869-4876), and constructed text to show the escaping.
import { indexProgramme } from "@scrutineer/model";
import { describe, expect, it } from "vitest";
import { exampleWith, loadExample } from "../test/example.js";
import { recommendationsHtml } from "./recommendations-tracker-html.js";

const today = "2023-01-16";
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** The table row of one recommendation: from its row header to the end of the row. */
const rowOf = (html: string, review: string, number: string) => {
  const section = html.slice(html.indexOf(`<section aria-labelledby="review-${review}">`));
  const at = section.indexOf(`<th scope="row" class="num">${number}</th>`);
  return section.slice(at, section.indexOf("</tr>", at));
};

describe("recommendationsHtml", () => {
  it("is one page: a heading, a section per review with a captioned table, column and row headers", () => {
    const html = recommendationsHtml(indexProgramme(loadExample()), { today });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain("<title>Children and Young People Scrutiny Commission: recommendations tracker</title>");
    expect(count(html, /<h1>/g)).toBe(1);
    expect(html).toContain("<p>As of Monday 16 January 2023.</p>");
    expect(count(html, /<section aria-labelledby="review-/g)).toBe(2);
    expect(html).toContain('<h2 id="review-school-exclusions">Outcome of School Exclusions</h2>');
    expect(html).toContain(
      "<p>Reported December 2021. 18 recommendations. Response due: date of receipt not recorded.</p>",
    );
    expect(count(html, /<table>/g)).toBe(2);
    expect(count(html, /<table><caption>[^<]+: recommendations, responses and follow-up<\/caption>/g)).toBe(2);
    expect(count(html, /<th scope="col"/g)).toBe(2 * 6);
    expect(count(html, /<th scope="row"/g)).toBe(28);
    expect(html).toContain(
      '<th scope="col" class="num">No.</th><th scope="col">Recommendation</th><th scope="col">To</th><th scope="col">Response</th><th scope="col">Status</th><th scope="col">Next follow-up</th>',
    );
  });

  it("gives each recommendation in full, to whom, the response with its date and words, the status and the follow-up", () => {
    const html = recommendationsHtml(indexProgramme(loadExample()), { today });
    const se10 = rowOf(html, "school-exclusions", "10");
    expect(se10).toContain("<td>Hackney Education Service</td>");
    expect(se10).toContain('<strong>Partly accepted</strong>, <time dateTime="2022-03-14">14 March 2022</time>');
    expect(se10).toContain("<td>Partly accepted</td>");
    expect(se10).toContain(
      '<p>Outcome of School Exclusions - Review Update (<time dateTime="2023-01-16">16 January 2023</time>)</p>',
    );
    const se1 = rowOf(html, "school-exclusions", "1");
    // The whole text, where the Markdown table shortens it.
    expect(se1).toContain("e) Other unexplained pupil exits from school.</td>");
    const ues5 = rowOf(html, "unregistered-settings", "5");
    expect(ues5).toContain("<td>None recorded</td>");
    expect(ues5).toContain("<td>Implemented</td>");
  });

  it("escapes every text from the file, and prints only the review asked for", () => {
    const p = exampleWith((x) => {
      x.reviews[1]!.title = `<script>alert("x")</script> & Co`;
      x.reviews[1]!.recommendations[0]!.text = `<img src=x onerror="alert(1)"> & more`;
      x.reviews[1]!.recommendations[0]!.to = { kind: "partner", name: "Police </td><td>" };
    });
    const html = recommendationsHtml(indexProgramme(p), { today });
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("Police </td>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(html).toContain("<td>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more</td>");
    const one = recommendationsHtml(indexProgramme(p), { today, review: "school-exclusions" });
    expect(count(one, /<section /g)).toBe(1);
    expect(one).not.toContain("&lt;script&gt;");
  });

  it("says so when no review is recorded", () => {
    const html = recommendationsHtml(indexProgramme(exampleWith((x) => void (x.reviews = []))), { today });
    expect(html).toContain("<p>No reviews are recorded in the work programme.</p>");
    expect(count(html, /<table>/g)).toBe(0);
  });
});

package dev.kansen.cli.report;

import dev.kansen.cli.summary.FactWords;
import dev.kansen.disclosure.LinkedDisclosure;
import dev.kansen.analysis.ProgrammeSummary;
import dev.kansen.validation.FindingSummary;
import dev.kansen.cli.text.Texts;
import dev.kansen.model.Goal;
import dev.kansen.model.Municipality;
import dev.kansen.model.Programme;
import dev.kansen.model.WireNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders programmes as one self-contained HTML document: the style sheet is inline, charts are
 * inline SVG, and nothing is fetched from the network. Sections: header, partners, interventions,
 * funding, outcome indicators, equity breakdowns, validation findings, and the agenda's phases,
 * documents and contact points. With one programme the sections have the ids {@code partners},
 * {@code interventions}, {@code funding}, {@code indicators}, {@code equity}, {@code findings} and
 * {@code agenda}; with several, each id is prefixed with
 * the programme's position, as in {@code p2-funding}.
 */
public final class ReportRenderer {
  /** The id and class of the interventions section: the wire format's name of the list it shows. */
  static final String INTERVENTIONS = WireNames.INTERVENTIONS;
  private static final String CSS = stylesheet();
  /** The sections of a programme, as their ids end and as the table of contents names them. */
  private static final String[][] SECTIONS = {{"partners", "Partners"}, {INTERVENTIONS, "Interventions"},
      {"funding", "Funding"}, {"indicators", "Indicators"}, {"equity", "Equity"}, {"findings", "Findings"},
      {"agenda", "Agenda and contacts"}};

  private final ReportOptions options;
  /** The texts and formats of the report's language, {@link ReportOptions#locale()}. */
  private final Texts t;

  /** @param options how to render */
  public ReportRenderer(ReportOptions options) {
    this.options = options;
    this.t = Texts.of(options.locale());
  }

  /**
   * @param programmes the programmes with their findings, at least one
   * @return the HTML document
   */
  public String render(List<ReportedProgramme> programmes) {
    if (programmes.isEmpty()) {
      throw new IllegalArgumentException("A report needs at least one programme");
    }
    String title = programmes.size() == 1 ? programmes.get(0).programme().title()
        : t.get("report.programmesTitle", programmes.size());
    HtmlWriter html = new HtmlWriter(64 * 1024);
    html.doctype().start("html").attr("lang", t.locale().getLanguage()).newline().start("head").newline()
        .voidElement("meta").attr("charset", "utf-8").newline()
        .voidElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1").newline()
        .voidElement("meta").attr("name", "generator").attr("content", options.generator()).newline()
        .element("title", title).newline()
        .styleSheet(CSS).newline()
        .end("head").newline().start("body").newline();
    if (programmes.size() > 1) {
      html.start("header").attr("class", "report-header").start("p").attr("class", "eyebrow").text(t.get("report.eyebrow")).end("p")
          .element("h1", title).newline()
          .start("nav").attr("aria-label", t.get("report.programmesNav")).start("ol");
      for (int i = 0; i < programmes.size(); i++) {
        html.start("li").start("a").attr("href", "#p" + (i + 1)).text(programmes.get(i).programme().title()).end("a").end("li");
      }
      html.end("ol").end("nav").end("header").newline();
    }
    for (int i = 0; i < programmes.size(); i++) {
      String prefix = programmes.size() == 1 ? "" : "p" + (i + 1) + "-";
      programme(html, programmes.get(i), programmes.size() == 1 ? "programme" : "p" + (i + 1), prefix);
    }
    ComparisonSection.render(html, programmes.stream().map(ReportedProgramme::programme).toList(),
        p -> LinkedDisclosure.of(p, options.smallCellThreshold()), options.smallCellThreshold(), "comparison", EquityLabels.of(t));
    html.start("footer").text(t.get("report.footer", options.generator(), t.date(options.asOf()),
            options.smallCellThreshold()))
        .end("footer").newline()
        .end("body").newline().end("html").newline();
    return html.finish();
  }

  private void programme(HtmlWriter html, ReportedProgramme reported, String articleId, String prefix) {
    Programme p = reported.programme();
    ProgrammeSummary summary = LinkedDisclosure.summary(p, options.smallCellThreshold());
    html.start("article").attr("class", "programme").attr("id", articleId).newline();
    banner(html, reported, prefix);
    header(html, summary, reported, prefix);
    PartnersSection.render(html, p, prefix + "partners", t);
    InterventionsSection.render(html, p, options.asOf(), prefix + INTERVENTIONS, t);
    ReachSection.render(html, summary, prefix + "reach", t);
    FundingSection.render(html, summary, prefix + "funding", t);
    IndicatorsSection.render(html, summary, prefix + "indicators", prefix + "equity", t);
    CohortSection.render(html, p, summary.disclosure(), prefix + "cohorts", EquityLabels.of(t));
    FindingsSection.render(html, reported.findings(), p, options.asOf(), prefix + "findings", t);
    AgendaSection.render(html, p, prefix + "agenda", t);
    html.end("article").newline();
  }

  private void header(HtmlWriter html, ProgrammeSummary summary, ReportedProgramme reported, String prefix) {
    Programme p = summary.programme();
    html.start("header").attr("class", "programme-header").newline()
        .start("p").attr("class", "eyebrow").text(p.alliance().name()).end("p").newline()
        .element("h1", p.title()).newline()
        .start("p").attr("class", "meta")
        .text(p.municipalities().stream().map(this::municipality).collect(Collectors.joining(" · "))
            + (p.municipalities().isEmpty() ? "" : " · ")
            + p.period().map(period -> t.date(period.start()) + " – " + t.date(period.end())).orElse(t.get("summary.notKnown")))
        .end("p").newline();
    if (!p.alliance().members().isEmpty()) {
      html.start("p").attr("class", "meta members").text(t.get("summary.allianceMembers") + " " + p.alliance().members().stream()
          .map(m -> m.municipality() + " " + FactWords.membership(m, t)).collect(Collectors.joining(" · "))).end("p")
          .newline();
    }
    p.description().ifPresent(d -> html.start("p").attr("class", "description").text(d).end("p").newline());
    if (!p.themes().isEmpty()) {
      html.start("p").attr("class", "themes");
      p.themes().forEach(t -> html.start("span").attr("class", "tag").text(this.t.capitalised(t)).end("span").text(" "));
      html.end("p").newline();
    }
    html.start("dl").attr("class", "key-figures");
    figure(html, t.get("figure.partners"), Integer.toString(summary.partnerCount()));
    figure(html, t.get("figure.interventions"), Integer.toString(summary.interventionCount()));
    figure(html, t.get("figure.funding"), summary.funding().granted().isEmpty() ? "—"
        : summary.funding().granted().stream().map(t::money).collect(Collectors.joining(" + ")));
    figure(html, t.get("figure.indicators"), Integer.toString(p.indicators().size()));
    figure(html, t.get("figure.findings"), t.counts(FindingSummary.of(reported.findings())));
    html.end("dl").newline().start("nav").attr("class", "toc").attr("aria-label", t.get("report.sectionsNav"));
    for (String[] section : SECTIONS) {
      html.start("a").attr("href", "#" + prefix + section[0]).text(t.find("toc." + section[0]).orElse(section[1])).end("a");
    }
    html.end("nav").newline();
    if (!p.goals().isEmpty()) {
      html.start("section").attr("class", "goals").element("h2", t.get("report.actionAgenda")).newline().start("ol");
      for (Goal g : p.goals()) {
        html.start("li").element("strong", g.title());
        g.description().ifPresent(d -> html.text(" — " + d));
        html.end("li");
      }
      html.end("ol").end("section").newline();
    }
    html.end("header").newline();
  }

  private static void figure(HtmlWriter html, String label, String value) {
    html.start("div").element("dt", label).element("dd", value).end("div");
  }

  private static String stylesheet() {
    try (InputStream in = ReportRenderer.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("The style sheet report.css is missing from the kansen jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String municipality(Municipality m) {
    return m.name() + " (" + m.code().value() + ", " + t.label(m.province()) + ")";
  }

  /** A banner at the top of a programme that is not valid, saying so and linking to its findings. */
  private void banner(HtmlWriter html, ReportedProgramme reported, String prefix) {
    if (reported.findings().valid()) {
      return;
    }
    html.start("p").attr("class", "banner invalid").attr("role", "alert")
        .element("strong", t.get("report.bannerTitle")).text(" " + t.get("report.bannerText",
            t.count(FindingSummary.of(reported.findings()).errors(), "error")) + " ")
        .start("a").attr("href", "#" + prefix + "findings").text(t.get("report.bannerLink")).end("a")
        .end("p").newline();
  }
}

package dev.kansen.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The report's one way to write markup: structure through methods, every text escaped. */
class HtmlWriterTest {
  private static final String HOSTILE = "<script>alert('x') & \"y\"</script>";

  @Test
  void elementsAttributesAndTextAreWrittenInOrder() {
    String html = new HtmlWriter(64).start("p").attr("class", "lead").text("Hello ").element("strong", "world")
        .voidElement("br").empty("rect").attr("x", 1.25).attr("height", 16).end("p").newline().finish();
    assertEquals("<p class=\"lead\">Hello <strong>world</strong><br><rect x=\"1.3\" height=\"16\"/></p>\n", html);
  }

  @Test
  void textIsAlwaysEscaped() {
    assertEquals("<td>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</td>",
        new HtmlWriter(64).element("td", HOSTILE).finish());
  }

  @Test
  void attributeValuesAreAlwaysEscaped() {
    assertEquals("<a title=\"&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\"></a>",
        new HtmlWriter(64).start("a").attr("title", HOSTILE).end("a").finish());
  }

  @Test
  void aLoneSurrogateBecomesTheReplacementCharacterAndAPairStays() {
    String text = "a\uD83D b\uDE00 c\uD83D\uDE00 d\uDE00\uD83D";
    assertEquals("<p>a\uFFFD b\uFFFD c\uD83D\uDE00 d\uFFFD\uFFFD</p>", new HtmlWriter(64).element("p", text).finish());
    assertEquals("<p t=\"\uFFFD\"></p>", new HtmlWriter(64).start("p").attr("t", "\uD83D").end("p").finish());
  }

  @Test
  void controlCharactersBecomeTheReplacementCharacter() {
    assertEquals("<p>\uFFFD]0;x\uFFFD\uFFFD\uFFFD\tok\n</p>",
        new HtmlWriter(64).element("p", "\u001B]0;x\u0007\u007F\u009B\tok\n").finish());
  }

  @Test
  void onlyPlainNamesAreElementAndAttributeNames() {
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(8).start("p onclick=x"));
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(8).start("p").attr("a\"b", "v"));
    assertEquals("<svg xmlns:xlink=\"x\"></svg>", new HtmlWriter(8).start("svg").attr("xmlns:xlink", "x").end("svg").finish());
  }

  @Test
  void elementsMustBeClosedInOrder() {
    assertThrows(IllegalStateException.class, () -> new HtmlWriter(8).start("p").start("b").end("p"));
    assertThrows(IllegalStateException.class, () -> new HtmlWriter(8).end("p"));
    assertThrows(IllegalStateException.class, () -> new HtmlWriter(8).start("p").finish());
  }

  @Test
  void anAttributeMustFollowAStartTag() {
    assertThrows(IllegalStateException.class, () -> new HtmlWriter(8).start("p").text("x").attr("class", "y"));
  }

  @Test
  void aCoordinateMustBeFinite() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(8).empty("rect").attr("x", bad));
    }
  }

  @Test
  void theStyleSheetIsTheOneTextWrittenAsItIsAndCannotEndItsElement() {
    assertEquals("<style>\np > a { color: red; }\n</style>",
        new HtmlWriter(64).styleSheet("p > a { color: red; }\n").finish());
    assertThrows(IllegalArgumentException.class, () -> new HtmlWriter(64).styleSheet("p{}</style><script>"));
  }
}

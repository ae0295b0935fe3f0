package dev.kansen.validation.internal.rules;

import dev.kansen.model.DocumentLink;
import dev.kansen.validation.Findings;
import dev.kansen.validation.Located;
import dev.kansen.validation.ProgrammeIndex;
import dev.kansen.validation.RuleCode;
import dev.kansen.validation.ValidationContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A linked document's address is an absolute http or https URL with a host. */
final class DocumentAddressNotHttp extends BuiltInRule {
  DocumentAddressNotHttp() {
    super(RuleCode.DOCUMENT_ADDRESS_NOT_HTTP);
  }

  @Override
  public void check(ProgrammeIndex index, ValidationContext context, Findings findings) {
    for (Located<DocumentLink> located : index.documents()) {
      String address = located.value().address();
      if (!isHttp(address)) {
        findings.reportArguments(located.at("address"), "document", located.value().title(), "address", address);
      }
    }
  }

  static boolean isHttp(String address) {
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("https") || scheme.toLowerCase(Locale.ROOT).equals("http"))
          && uri.getHost() != null && !uri.getHost().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

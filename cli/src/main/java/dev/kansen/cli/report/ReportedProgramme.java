package dev.kansen.cli.report;

import dev.kansen.model.Programme;
import dev.kansen.validation.ValidationReport;

/**
 * A programme to report on, with the findings of its validation.
 *
 * @param programme the programme
 * @param findings the validator's findings
 */
public record ReportedProgramme(Programme programme, ValidationReport findings) {}

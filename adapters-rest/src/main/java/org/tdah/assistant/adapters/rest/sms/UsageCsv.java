package org.tdah.assistant.adapters.rest.sms;

import java.util.List;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.NumberFeeJson;
import org.tdah.assistant.adapters.rest.sms.SmsRepresentations.UsageJson;

/**
 * The administrators' usage as CSV (RFC 4180, for a spreadsheet): one row per period, direction,
 * person and number, then one row per number fee with the direction {@code number-fee}. Fields
 * are ids, numbers, periods and amounts, quoted only when they would need it.
 */
final class UsageCsv {
    static final String HEADER = "period,direction,accountId,phoneNumber,messages,segments,cost,currency,estimated";

    private UsageCsv() {}

    static String of(SmsRepresentations.UsageReportJson report) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (UsageJson line : report.items()) {
            row(csv, List.of(line.period(), line.direction(), nonNull(line.accountId()), nonNull(line.phoneNumber()),
                    Long.toString(line.messages()), Long.toString(line.segments()), line.cost(), line.currency(),
                    Boolean.toString(line.estimated())));
        }
        for (NumberFeeJson fee : report.numberFees()) {
            row(csv, List.of(fee.period(), "number-fee", nonNull(fee.accountId()), fee.phoneNumber(), "0", "0", fee.cost(),
                    fee.currency(), "true"));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.startsWith("=") || value.startsWith("@");
        return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}

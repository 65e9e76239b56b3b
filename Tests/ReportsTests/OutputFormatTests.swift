import Testing

@testable import Reports

@Suite("Deterministic JSON, safe CSV, aligned tables")
struct OutputFormatTests {
    @Test func jsonKeepsKeyOrderAndFormatsNumbers() {
        let value = JSONValue.object([
            ("b", .number(2)), ("a", .number(0.1)), ("n", .null), ("nan", .number(.nan)),
            ("s", .string("quote \" backslash \\ newline \n tab \t bell \u{07} الشيخ")),
            ("list", .array([.number(1), .number(-2.5e-7)])), ("empty", .object([])),
        ])
        #expect(
            value.text() == """
                {
                  "b": 2,
                  "a": 0.1,
                  "n": null,
                  "nan": null,
                  "s": "quote \\" backslash \\\\ newline \\n tab \\t bell \\u0007 الشيخ",
                  "list": [1, -2.5e-07],
                  "empty": {}
                }
                """)
    }

    @Test func csvQuotesAndDefusesFormulas() {
        #expect(
            CSVWriter.row(["plain", "a,b", "say \"hi\"", "line\nbreak"])
                == "plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\"\n")
        #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVWriter.field("-2") == "-2" && CSVWriter.field("+cmd") == "'+cmd")
        #expect(CSVWriter.number(nil) == "" && CSVWriter.number(.infinity) == "" && CSVWriter.number(3) == "3")
    }

    @Test func columnsAlign() {
        var t = TextColumns(rightAligned: [1])
        t.add(["a", "1"])
        t.add(["long name", "100"])
        #expect(t.render() == "a            1\nlong name  100\n")
    }

    @Test func tableNumbers() {
        #expect(tableNumber(0.123456) == "0.123" && tableNumber(12.3456) == "12.35" && tableNumber(1234.56) == "1234.6")
        #expect(
            tableNumber(3) == "3" && tableNumber(nil) == "—" && tableNumber(.infinity) == "∞"
                && tableNumber(-0.0001) == "0")
    }
}

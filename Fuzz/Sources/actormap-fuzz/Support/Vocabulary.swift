/// Values the structure-aware targets choose from.
enum Vocabulary {
    /// Texts that break naive quoting in YAML, CSV, XML, DOT and terminals: quotes, backslashes, line ends,
    /// control characters (NUL among them), DOT keywords and escapes (`\N`, `\G`, `\l`), HTML-like labels,
    /// bidirectional overrides, zero-width and combining characters, non-BMP characters and YAML's special
    /// words.
    static let hostile: [String] = [
        "\"", "\\", "\\\"", "\n", "\r", "\r\n", "\t", "\0", "a\0b", "\u{7}", "\u{1B}[31m", "\u{7F}", "\u{85}",
        "\u{9B}", "<", ">", "&", "&amp;", "<b>x</b>", "<<B>x</B>>", "{", "}", "|", "\\N", "\\G", "\\l", "\\n",
        "\\E", "\\T", "\\H", "\"; node [shape=box]; \"", "]", "[", "->", "--", "//", "/*", "*/", "#", ";", ",",
        "=", "é", "Ù", "ü", "ß", "中文", "العربية", "עברית", "\u{202E}", "\u{200B}", "\u{200D}", "\u{FEFF}",
        "\u{FFFD}", "\u{2028}", "\u{2029}", "😀", "👩‍👩‍👧", "e\u{301}", "\u{301}", " ", "  ", "", "-", "?", ":",
        ": ", "- ", "'", "''", "%", "%s", "%n", "null", "~", "true", "yes", "no", "NaN", ".inf", "0x1F", "1e999",
        "digraph", "node", "edge", "graph", "subgraph", "strict", "\u{D7FF}", "\u{E000}", "\u{10FFFF}", "\u{1F}",
        "\u{FFFE}", "\u{FFFF}", "&#0;", "&#x0;", "]]>", "<!--", "<![CDATA[", "@", "!", "!!str", "*a", "&a",
        "sensitive-1", "n0", "legend", "\\\\", "\\\n",
    ]

    /// Weight, rating and setting texts written as plain YAML scalars: ordinary numbers, boundaries,
    /// subnormals, overflow, YAML 1.1/1.2 spellings, NaN and infinity, and things that are not numbers.
    static let oddNumbers: [String] = [
        "0", "-0", "0.0", "1e-320", "4.9e-324", "2.2250738585072014e-308", "1e308", "-1e308", "1.7976931348623157e308",
        "1e400", "-1e400", ".nan", ".NaN", ".inf", "-.inf", "NaN", "nan", "inf", "-inf", "Infinity", "0x10",
        "0o7", "0b1", "1_000", "+1", "1.", ".5", "5e-1", "9007199254740993", "\"1\"", "'2'", "true", "~", "null",
        "[1]", "{a: 1}", "1 2", "١", "１", "1e", "e1", "--1", "0.1e-5", "123456789012345678901234567890",
    ]

    static let sectors = [
        "state", "customary", "community", "civil-society", "non-state-armed", "private", "international",
    ]
    static let levels = ["community", "district", "national", "international"]
    static let groups = ["women", "youth", "elders", "men", "farmers", "displaced"]
    static let sources = ["women's FGD", "youth FGD", "KII", "elders' FGD", "analyst"]
    static let polarities = ["positive", "negative", "signed", "neutral"]
    static let riskFactors = [
        "capture", "gatekeeping", "legitimacy_deficit", "unchecked_power", "divisiveness", "coercion", "exclusion",
    ]
    static let riskFlags = [
        "sole-gatekeeper", "rival-not-engaged", "excluded-group", "armed-actor", "unchecked-power",
        "low-community-trust",
    ]
    static let bands = ["low", "medium", "high", "critical", "none"]
}

/// A name for an HTML or SVG `id` or `class`, made from any text (an actor id, a relation type's name) so
/// that a page's script can find the diagram element of an actor or the edges of a relation type.
///
/// Convention: ASCII letters, digits and `-` are kept; every other Unicode scalar, `_` included, becomes
/// `_` + its code point in lower-case hexadecimal + `_` (a space is `_20_`). The encoding is injective (two
/// different texts never share a slug), so ids made from unique actor ids stay unique, and the result is
/// valid in an XML name after a letter prefix. Built from the ids of a redacted map, it holds no redacted
/// name. Complexity: O(length).
public enum ElementSlug {
    public static func of(_ text: String) -> String {
        text.escapingScalars { u in
            switch u {
            case "a" ... "z", "A" ... "Z", "0" ... "9", "-": return nil
            default: return "_" + String(u.value, radix: 16) + "_"
            }
        }
    }
}

/// A character encoding a web page can be written in, named as the WHATWG Encoding Standard
/// names it (`rawValue` is that name, e.g. `windows-1252`).
///
/// Only encodings Pith can decode are listed. The standard's `replacement` encoding (labels
/// such as `iso-2022-kr`) and `x-user-defined` are deliberately absent: see ``EncodingLabels``.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    case ibm866 = "ibm866"
    case iso8859_2 = "iso-8859-2"
    case iso8859_3 = "iso-8859-3"
    case iso8859_4 = "iso-8859-4"
    case iso8859_5 = "iso-8859-5"
    case iso8859_6 = "iso-8859-6"
    case iso8859_7 = "iso-8859-7"
    case iso8859_8 = "iso-8859-8"
    case iso8859_8I = "iso-8859-8-i"
    case iso8859_10 = "iso-8859-10"
    case iso8859_13 = "iso-8859-13"
    case iso8859_14 = "iso-8859-14"
    case iso8859_15 = "iso-8859-15"
    case iso8859_16 = "iso-8859-16"
    case koi8R = "koi8-r"
    case koi8U = "koi8-u"
    case macintosh = "macintosh"
    case windows874 = "windows-874"
    case windows1250 = "windows-1250"
    case windows1251 = "windows-1251"
    case windows1252 = "windows-1252"
    case windows1253 = "windows-1253"
    case windows1254 = "windows-1254"
    case windows1255 = "windows-1255"
    case windows1256 = "windows-1256"
    case windows1257 = "windows-1257"
    case windows1258 = "windows-1258"
    case xMacCyrillic = "x-mac-cyrillic"

    case gbk = "gbk"
    case gb18030 = "gb18030"
    case big5 = "big5"
    case eucJP = "euc-jp"
    case iso2022JP = "iso-2022-jp"
    case shiftJIS = "shift_jis"
    case eucKR = "euc-kr"

    /// The WHATWG name, e.g. `shift_jis`.
    public var name: String { rawValue }

    /// Whether bytes below 0x80 always mean ASCII, so that markup can be read before decoding
    /// and a pure-ASCII page decodes to itself. False for UTF-16 and for ISO-2022-JP, whose
    /// escape sequences are ASCII bytes that switch to two-byte text.
    public var isASCIICompatible: Bool {
        switch self {
        case .utf16LE, .utf16BE, .iso2022JP: false
        default: true
        }
    }
}

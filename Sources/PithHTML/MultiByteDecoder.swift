import Glibc

/// Decodes the East Asian multi-byte encodings to UTF-8 with glibc's `iconv`.
///
/// Their tables are large (tens of thousands of entries each), and Debian's `libc6` already
/// ships them as gconv modules (`/usr/lib/x86_64-linux-gnu/gconv/`), so Pith uses those rather
/// than carrying its own. Each WHATWG encoding maps to the glibc converter closest to what
/// browsers do: Shift_JIS is Microsoft's CP932 (ASCII stays ASCII, NEC and IBM extensions),
/// EUC-JP its CP51932 relative EUC-JP-MS, GBK the GB18030 superset, Big5 Big5-HKSCS, and
/// EUC-KR Microsoft's CP949 (Unified Hangul Code).
enum MultiByteDecoder {
    /// The glibc converter name for `encoding`, or nil when it is not a multi-byte encoding.
    static func converterName(for encoding: TextEncoding) -> String? {
        switch encoding {
        case .shiftJIS: "CP932"
        case .eucJP: "EUC-JP-MS"
        case .iso2022JP: "ISO-2022-JP"
        case .gbk, .gb18030: "GB18030"
        case .big5: "BIG5-HKSCS"
        case .eucKR: "CP949"
        default: nil
        }
    }

    /// `bytes` decoded as `encoding`, as UTF-8 without NUL. An invalid or truncated sequence
    /// becomes U+FFFD (and is counted) and decoding resumes at the next byte, so every call
    /// ends and none fails on bad input; only a missing converter throws.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) throws(HTMLDecoder.DecodingError)
        -> (utf8: [UInt8], invalidSequences: Int)
    {
        guard let name = converterName(for: encoding) else { throw .converterUnavailable(encoding) }
        let converter = iconv_open("UTF-8", name)
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw .converterUnavailable(encoding) }
        defer { iconv_close(converter) }
        // NUL never occurs inside a multi-byte character of these encodings, so dropping it
        // first is the same as dropping it from the output.
        let input = bytes.contains(0) ? bytes.filter { $0 != 0 } : bytes
        guard !input.isEmpty else { return ([], 0) }
        var conversion = Conversion(converter: converter, inputCount: input.count)
        input.withUnsafeBufferPointer { conversion.run($0, euroForByte80: encoding == .gbk || encoding == .gb18030) }
        return (conversion.output, conversion.invalidSequences)
    }
}

/// One `iconv` conversion, written out through a fixed scratch buffer.
private struct Conversion {
    let converter: iconv_t
    var output: [UInt8]
    var invalidSequences = 0
    private var scratch = [UInt8](repeating: 0, count: 1 << 15)

    init(converter: iconv_t, inputCount: Int) {
        self.converter = converter
        output = []
        // CJK text grows by half (two bytes become three); markup stays the same size.
        output.reserveCapacity(inputCount + inputCount / 2 + 16)
    }

    /// Converts all of `input`. GBK and gb18030 decode a lone 0x80 as the euro sign, as
    /// browsers do; glibc's GB18030 rejects it, hence `euroForByte80`.
    mutating func run(_ input: UnsafeBufferPointer<UInt8>, euroForByte80: Bool) {
        var position = 0
        while position < input.count {
            let (consumed, failure) = convert(input, from: position)
            position += consumed
            guard let failure else { break }
            switch failure {
            case E2BIG:
                continue
            case EINVAL:
                // A sequence cut off by the end of the input.
                appendReplacement()
                position = input.count
            default:
                // EILSEQ, or anything unexpected: skip one byte so the loop always advances.
                if euroForByte80 && input[position] == 0x80 {
                    output.append(contentsOf: [0xE2, 0x82, 0xAC])
                } else {
                    appendReplacement()
                }
                position += 1
            }
        }
        flushShiftState()
    }

    /// One `iconv` call from `position`: how many input bytes it consumed, and `errno` when it
    /// stopped early. Whatever it wrote is appended to `output`.
    private mutating func convert(_ input: UnsafeBufferPointer<UInt8>, from position: Int) -> (Int, Int32?) {
        let converter = converter
        var result = 0
        var code: Int32 = 0
        var inputLeft = input.count - position
        let produced = scratch.withUnsafeMutableBufferPointer { scratch in
            scratch.withMemoryRebound(to: CChar.self) { out in
                var inputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                    mutating: input.baseAddress! + position
                ).assumingMemoryBound(to: CChar.self)
                var outputPointer: UnsafeMutablePointer<CChar>? = out.baseAddress
                var outputLeft = out.count
                result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                code = errno
                return out.count - outputLeft
            }
        }
        output.append(contentsOf: scratch[0..<produced])
        let consumed = input.count - position - inputLeft
        if result != -1 { return (consumed, nil) }
        // A full scratch buffer that made no progress cannot happen (it holds any character),
        // but must not loop: report it as a bad byte.
        if code == E2BIG && consumed == 0 && produced == 0 { return (consumed, EILSEQ) }
        return (consumed, code)
    }

    /// Lets a stateful decoder (ISO-2022-JP) write anything it still holds.
    private mutating func flushShiftState() {
        let converter = converter
        let produced = scratch.withUnsafeMutableBufferPointer { scratch in
            scratch.withMemoryRebound(to: CChar.self) { out in
                var outputPointer: UnsafeMutablePointer<CChar>? = out.baseAddress
                var outputLeft = out.count
                _ = iconv(converter, nil, nil, &outputPointer, &outputLeft)
                return out.count - outputLeft
            }
        }
        output.append(contentsOf: scratch[0..<produced])
    }

    private mutating func appendReplacement() {
        output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        invalidSequences += 1
    }
}

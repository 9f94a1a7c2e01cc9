import Glibc

/// Encodes test text into legacy encodings with glibc's `iconv`, an encoder written
/// independently of Pith's decoding tables, so a round trip checks those tables against it.
enum LegacyEncoder {
    /// `text` in the glibc encoding `name`, or nil when iconv lacks the encoding or a character.
    static func encode(_ text: String, as name: String) -> [UInt8]? {
        let converter = iconv_open(name, "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let inputCount = input.count
        let outputCount = output.count
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                inBuffer.withMemoryRebound(to: CChar.self) { inChars in
                    outBuffer.withMemoryRebound(to: CChar.self) { outChars in
                        var inPointer = inChars.baseAddress
                        var inLeft = inputCount
                        var outPointer = outChars.baseAddress
                        var outLeft = outputCount
                        guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                        guard iconv(converter, nil, nil, &outPointer, &outLeft) != -1 else { return nil }
                        return outputCount - outLeft
                    }
                }
            }
        }
        guard let produced else { return nil }
        return Array(output[0..<produced])
    }
}

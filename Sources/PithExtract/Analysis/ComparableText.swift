/// Text reduced to its lowercase letters and digits, for comparing headlines with titles:
/// "Storm-damaged harbour wall, rebuilt!" and "storm damaged harbour wall rebuilt" compare equal.
struct ComparableText: Equatable, Sendable {
    /// The lowercase UTF-8 of the text's word scalars, without separators.
    let bytes: [UInt8]

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    init(_ text: String) {
        var text = text
        bytes = text.withUTF8 { input in
            // Lowercasing keeps each scalar's UTF-8 length and separators are dropped, so the
            // result fits in the input's size: written through a pointer, then cut to length,
            // rather than appended byte by byte.
            var output = [UInt8](repeating: 0, count: input.count)
            let count = output.withUnsafeMutableBufferPointer { Self.reduce(input, into: $0) }
            output.removeLast(output.count - count)
            return output
        }
    }

    /// Writes the lowercase word scalars of `input` to `output`; returns how many bytes.
    private static func reduce(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index < input.count {
            let lead = input[index]
            if lead < 0x80 {
                if Words.isWordScalar(UInt32(lead)) {
                    output[count] = lead >= 65 && lead <= 90 ? lead | 0x20 : lead
                    count += 1
                }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Scalar.decode(input, at: index)
            index += length
            guard Words.isWordScalar(scalar), let lower = Unicode.Scalar(Words.lowercase(scalar)) else { continue }
            UTF8.encode(lower) { byte in
                output[count] = byte
                count += 1
            }
        }
        return count
    }

    /// Whether `other` occurs in this text.
    func contains(_ other: ComparableText) -> Bool {
        let needle = other.bytes
        guard let first = needle.first else { return true }
        guard needle.count <= bytes.count else { return false }
        var start = 0
        while start + needle.count <= bytes.count {
            if bytes[start] == first && bytes[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}

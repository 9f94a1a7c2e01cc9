import CPithSHA256

/// SHA-256 (FIPS 180-4), for `content_hash`, snapshot keys and file names. The rounds are in
/// Pith's own C (`CPithSHA256`), which uses the CPU's SHA instructions where it has them:
/// `pith scrape` hashes every body it fetches, so this is on the hot path.
public enum SHA256 {
    /// The lowercase hex digest of `bytes`.
    public static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        hex(digest: digest(bytes))
    }

    private static func hex(digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32-byte digest of `bytes`.
    public static func digest<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        if let digest = bytes.withContiguousStorageIfAvailable({ digest(UnsafeRawBufferPointer($0)) }) { return digest }
        return Array(bytes).withUnsafeBytes { digest($0) }
    }

    private static func digest(_ message: UnsafeRawBufferPointer) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: 32) { output, count in
            pith_sha256(message.baseAddress?.assumingMemoryBound(to: UInt8.self), message.count, output.baseAddress)
            count = 32
        }
    }
}

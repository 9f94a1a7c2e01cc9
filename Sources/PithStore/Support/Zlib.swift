import CZlib

/// zlib compression of raw pages (the store keeps every distinct page's HTML for re-extraction).
enum Zlib {
    /// Why a buffer could not be (de)compressed.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The zlib stream of `bytes` at the default level.
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let code = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &capacity, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard code == Z_OK else { throw Failure(description: "zlib compress failed (\(code))") }
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// The original bytes of a zlib stream whose decompressed size is `originalCount`.
    static func decompress(_ bytes: [UInt8], originalCount: Int) throws -> [UInt8] {
        guard originalCount > 0 else { return [] }
        var length = uLong(originalCount)
        var output = [UInt8](repeating: 0, count: originalCount)
        let code = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, uLong(input.count))
            }
        }
        guard code == Z_OK, Int(length) == originalCount else {
            throw Failure(description: code == Z_OK ? "size \(length) instead of \(originalCount)" : "zlib error \(code)")
        }
        return output
    }
}

import CZlib

/// gzip bodies for ``LoopbackServer`` responses (`Content-Encoding: gzip`), made with zlib.
public enum Gzip {
    /// `bytes` compressed into the gzip format.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        let deflater = GzipDeflater(level: level)
        deflater.write(bytes, finish: true)
        return deflater.output
    }

    /// A small gzip body that inflates to `decodedSize` zero bytes: to check that a client caps
    /// what it decompresses, not just what it receives. Built in slices, so the test never
    /// holds the inflated size in memory.
    public static func bomb(decodedSize: Int) -> [UInt8] {
        let deflater = GzipDeflater(level: 9)
        let slice = [UInt8](repeating: 0, count: 1 << 20)
        var remaining = decodedSize
        repeat {
            let count = min(slice.count, remaining)
            remaining -= count
            deflater.write(count == slice.count ? slice : Array(slice.prefix(count)), finish: remaining == 0)
        } while remaining > 0
        return deflater.output
    }

    /// The bytes a gzip body inflates to, or nil when it is not valid gzip (for self-checks).
    public static func decompress(_ compressed: [UInt8]) -> [UInt8]? {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        // 15 window bits + 16: expect the gzip wrapper rather than zlib's.
        guard inflateInit2_(stream, 15 + 16, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(stream) }
        var input = compressed
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        return input.withUnsafeMutableBufferPointer { inBuffer -> [UInt8]? in
            stream.pointee.next_in = inBuffer.baseAddress
            stream.pointee.avail_in = uInt(inBuffer.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { outBuffer -> (Int32, Int) in
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = uInt(outBuffer.count)
                    let status = inflate(stream, Z_NO_FLUSH)
                    return (status, outBuffer.count - Int(stream.pointee.avail_out))
                }
                output.append(contentsOf: chunk[..<produced])
                if status == Z_STREAM_END { return output }
                if status != Z_OK { return nil }
            }
        }
    }
}

/// A zlib deflate stream with the gzip wrapper. zlib keeps a pointer back to its `z_stream`,
/// so the stream lives at a fixed address for its whole life.
private final class GzipDeflater {
    private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    private(set) var output: [UInt8] = []

    init(level: Int32) {
        stream.initialize(to: z_stream())
        // 15 window bits + 16 asks for a gzip header and trailer instead of zlib's.
        let status = deflateInit2_(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(status == Z_OK, "deflateInit2 failed: \(status)")
    }

    deinit {
        deflateEnd(stream)
        stream.deallocate()
    }

    /// Compresses `bytes`; with `finish`, also ends the stream (writes the gzip trailer).
    func write(_ bytes: [UInt8], finish: Bool) {
        var input = bytes
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        input.withUnsafeMutableBufferPointer { inBuffer in
            stream.pointee.next_in = inBuffer.baseAddress
            stream.pointee.avail_in = uInt(inBuffer.count)
            // Run deflate until it stops filling the whole output chunk: then all input is taken
            // (and, when finishing, the trailer is written).
            var outputFull = true
            while outputFull {
                let produced = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int in
                    stream.pointee.next_out = outBuffer.baseAddress
                    stream.pointee.avail_out = uInt(outBuffer.count)
                    _ = deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                    return outBuffer.count - Int(stream.pointee.avail_out)
                }
                output.append(contentsOf: chunk[..<produced])
                outputFull = produced == chunk.count
            }
            stream.pointee.next_in = nil
        }
    }
}

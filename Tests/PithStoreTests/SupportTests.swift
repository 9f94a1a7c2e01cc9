import Foundation
import PithExtract
import Testing

@testable import PithStore

@Suite struct SupportTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256MatchesTheStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(input.utf8) == digest)
    }

    /// Lengths around the 64-byte block and the 56-byte padding boundary, where a one-off
    /// mistake in the padding shows (reference digests from coreutils' sha256sum).
    @Test(arguments: [
        (55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
        (56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"),
        (63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"),
        (64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"),
        (65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"),
        (119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"),
        (120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98")
    ])
    func sha256PadsEveryBoundaryRight(length: Int, digest: String) {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "x"), count: length)) == digest)
    }

    @Test func sha256HandlesLongInput() {
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func zlibRoundTrips() throws {
        let page = Array(String(repeating: "<p>Churn and content.</p>\n", count: 500).utf8)
        let packed = try Zlib.compress(page)
        #expect(packed.count < page.count / 10)
        #expect(try Zlib.decompress(packed, originalCount: page.count) == page)
        #expect(try Zlib.decompress(try Zlib.compress([]), originalCount: 0) == [])
        #expect(throws: Zlib.Failure.self) { try Zlib.decompress(Array(packed.dropLast(8)), originalCount: page.count) }
    }

    @Test func snapshotKeysIgnoreInvisibleDifferencesOnly() {
        let metadata = ArticleMetadata(title: "Caf\u{E9}", authors: ["Ana Ruiz"], published: "2026-01-02")
        let key = SnapshotKey.make(text: "First  paragraph.\n\nSecond one.", metadata: metadata)
        var decomposed = metadata
        decomposed.title = "Cafe\u{301}"
        #expect(SnapshotKey.make(text: "First paragraph.\n\n\n Second one. ", metadata: decomposed) == key)
        #expect(SnapshotKey.make(text: "First paragraph.\n\nSecond one!", metadata: metadata) != key)
        var retitled = metadata
        retitled.title = "Cafe"
        #expect(SnapshotKey.make(text: "First paragraph.\n\nSecond one.", metadata: retitled) != key)
        var redated = metadata
        redated.modified = "2026-01-03"
        #expect(SnapshotKey.make(text: "First paragraph.\n\nSecond one.", metadata: redated) != key)
    }

    @Test func timestampsAreRFC3339UTC() {
        let date = Date(timeIntervalSince1970: 1_800_000_000.7)
        #expect(Timestamp.format(date) == "2027-01-15T08:00:00Z")
        #expect(Timestamp.parse("2027-01-15T09:00:00+01:00") == Date(timeIntervalSince1970: 1_800_000_000))
        #expect(Timestamp.parse("yesterday") == nil)
    }
}

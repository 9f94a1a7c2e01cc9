import Testing
@testable import PithExtract

/// `ComparableText` writes bytes through a pointer: it must keep what a plain reading of its
/// rule keeps, the lowercase word scalars in order.
@Suite struct ComparableTextTests {
    @Test(arguments: [
        "", "Storm-damaged harbour wall, rebuilt!", "ÖL, Straße & ÜBERMUT", "ΑΘΗΝΑ — Ελλάδα", "Поддержите НАС",
        "日本語のテキスト、写真", "emoji 😀 👩‍💻 end", "Ґрунт Ӧ ÀÉÎ ×÷ ©®", "tab\tnew\nline",
    ])
    func keepsTheLowercaseWordScalars(_ text: String) {
        var plain = ""
        for scalar in text.unicodeScalars where Words.isWordScalar(scalar) {
            plain.unicodeScalars.append(Unicode.Scalar(Words.lowercase(scalar.value))!)
        }
        #expect(ComparableText(text).bytes == Array(plain.utf8))
    }
}

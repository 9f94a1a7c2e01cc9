#if canImport(Glibc)
import Glibc
#endif

/// Shrinks what libxml2 has to read, before it reads it, without changing the tree it reports.
///
/// libxml2 2.9 reads an attribute value one character at a time, through a function call for
/// each, at about 120 instructions a byte; on a typical page attribute values are twice the
/// text, and parsing them was a quarter of Pith's whole extraction. This pass reads the markup
/// once, a few instructions a byte, and:
/// - **moves attributes aside**: a start tag's attributes are replaced by one placeholder
///   attribute (``tagNumber(_:)``) that the start-tag callback swaps back for the original
///   names and values; in a tag where a value holds a character reference (for libxml2 to
///   decode), each other long value is replaced by a placeholder of its own instead
///   (U+0001 and its number, ``placeholderNumber(_:mark:)``);
/// - **drops attributes the tree will not keep**, when the caller asks for known names only
///   (``HTMLParser/AttributeRetention/knownNames``): `data-*` blobs, SVG path data, event handlers;
/// - **empties comments** to `<!---->`: libxml2 reads a comment to its end only to discard it;
/// - **shortens runs of blanks** between markup and the next tag to one blank.
///
/// Each change must leave the tree exactly as libxml2 builds it from the original, so the
/// scanner follows libxml2 2.9's own tokenizer (`htmlParseContentInternal` and the functions it
/// calls) on where tags, comments, processing instructions, doctypes and the raw text of
/// `<script>` and `<style>` begin and end; the behaviours it relies on are pinned by
/// `MarkupCondenserTests`. Where libxml2's reading is in doubt (a name longer than libxml2's
/// 100-byte buffer, a tag cut off by the end of input, a doctype whose quotes hide a `>`, an
/// end tag that only starts with `script`), the pass stops changing anything and copies the
/// rest as it is: slower, never different.
struct MarkupCondenser {
    /// The condensed markup and what moved out of it, as arrays.
    struct Condensed {
        /// The markup libxml2 reads.
        var bytes: [UInt8]
        var movedValues: [MovedValue]
        var movedTags: [MovedTag]
        var movedAttributes: [MovedAttribute]
        var movedTexts: [MovedValue]
    }

    /// What moved out of the markup, for the start-tag callback to put back; valid only inside
    /// ``withCondensed(_:dropsUnknownAttributes:_:)``.
    struct Moved {
        /// By the number in a value placeholder.
        var values: UnsafeBufferPointer<MovedValue>
        /// By the number in a tag placeholder.
        var tags: UnsafeBufferPointer<MovedTag>
        /// The tags' attributes, each tag's in a run.
        var attributes: UnsafeBufferPointer<MovedAttribute>
        /// By the number in a text placeholder.
        var texts: UnsafeBufferPointer<MovedValue>
    }

    /// A value moved out of the markup: its start and length in the original bytes.
    struct MovedValue {
        var start: Int32
        var count: Int32
    }

    /// A start tag whose attributes all moved out: where its run in the attributes starts, and
    /// how many there are.
    struct MovedTag {
        var first: Int32
        var count: Int32
    }

    /// A moved attribute: its name and value in the original bytes, and the name's id when it
    /// is known.
    struct MovedAttribute {
        var nameStart: Int32
        var nameCount: Int32
        /// -1 for an attribute without a value.
        var valueStart: Int32
        var valueCount: Int32
        /// The ``AttributeName`` id, or -1 for a name that is not known.
        var known: Int32

        fileprivate init(_ attribute: PendingAttribute) {
            nameStart = Int32(attribute.start)
            nameCount = Int32(attribute.nameEnd - attribute.start)
            valueStart = Int32(attribute.value?.lowerBound ?? -1)
            valueCount = Int32(attribute.value?.count ?? 0)
            known = attribute.known
        }
    }

    /// An attribute of the start tag being read.
    fileprivate struct PendingAttribute {
        var start: Int
        var nameEnd: Int
        /// Where the attribute (its value, if any) ends.
        var end: Int
        /// The value's bytes, inside the quotes when quoted.
        var value: Range<Int>?
        var quoted: Bool
        var known: Int32 = -1
    }

    /// The byte that opens a value placeholder. Input that contains it anywhere gets no
    /// placeholders, so a value that starts with it is always one of ours.
    static let placeholderMark: UInt8 = 0x01

    /// A tag placeholder is an attribute named `_` whose value is one character, U+F0000 plus
    /// the tag's number; a text placeholder is one character, U+100000 plus the text's number.
    /// libxml2 reads a one-character value without growing its buffer (it reallocates from
    /// the second character of every value on), and a one-character text in one call. Both
    /// come from the supplementary private use planes, which bytes F3 and F4 open: input that
    /// holds either byte anywhere gets no placeholders.
    private static let tagPlaceholderBase = 0xF0000
    private static let textPlaceholderBase = 0x100000
    private static let placeholderLimit = 0xFFFE
    private static let tagPlaceholderLength = 8  // _="" and four bytes

    /// The tag number a tag placeholder's value stands for, or nil when `value` is none.
    static func tagNumber(_ value: UnsafePointer<UInt8>) -> Int? {
        guard value[0] == 0xF3, value[4] == 0 else { return nil }
        return privateUseScalar(value) - tagPlaceholderBase
    }

    /// The text number a text placeholder stands for, or nil when `text` is none.
    static func textNumber(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard text.count == 4, text[0] == 0xF4 else { return nil }
        return privateUseScalar(text.baseAddress!) - textPlaceholderBase
    }

    private static func privateUseScalar(_ bytes: UnsafePointer<UInt8>) -> Int {
        Int(bytes[0] & 0x07) << 18 | Int(bytes[1] & 0x3F) << 12 | Int(bytes[2] & 0x3F) << 6 | Int(bytes[3] & 0x3F)
    }

    private let input: UnsafeBufferPointer<UInt8>
    private let dropsUnknownAttributes: Bool
    private let movesValues: Bool
    private var collapsesBlanks = true
    /// Read once per page: a static costs a `swift_once` check on every access.
    private let knownAttributes = MarkupCondenser.knownAttributeTable
    /// The condensed markup, never longer than the input: every change shortens it.
    private let output: UnsafeMutablePointer<UInt8>
    private var written = 0
    private var movedValues: [MovedValue] = []
    private var movedTags: [MovedTag] = []
    private var movedAttributes: [MovedAttribute] = []
    private var movedTexts: [MovedValue] = []
    /// Text moves only once the first start tag has been read: before it libxml2 skips
    /// leading blanks that a placeholder would hide.
    private var seenStartTag = false
    /// The attributes of the start tag being read.
    private var pending: [PendingAttribute] = []
    /// Input before this index has been written to `output`, or replaced there.
    private var copied = 0

    private init(_ input: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>, dropsUnknownAttributes: Bool) {
        self.input = input
        self.output = output
        self.dropsUnknownAttributes = dropsUnknownAttributes
        movesValues = !input.isEmpty && memchr(input.baseAddress!, Int32(Self.placeholderMark), input.count) == nil
            && memchr(input.baseAddress!, 0xF3, input.count) == nil && memchr(input.baseAddress!, 0xF4, input.count) == nil
    }

    /// Condenses UTF-8 markup without NUL bytes and hands the result to `body`, whose buffers
    /// live only for the call. `dropsUnknownAttributes` drops every attribute whose name is
    /// not one of ``AttributeName/knownNames``.
    static func withCondensed<Result>(
        _ input: UnsafeBufferPointer<UInt8>, dropsUnknownAttributes: Bool,
        _ body: (_ markup: UnsafeBufferPointer<UInt8>, _ moved: Moved?) -> Result
    ) -> Result {
        let output = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, input.count))
        defer { output.deallocate() }
        var condenser = MarkupCondenser(input, output: output, dropsUnknownAttributes: dropsUnknownAttributes)
        if !input.isEmpty {
            condenser.scan()
            condenser.emit(upTo: input.count)
        }
        let markup = UnsafeBufferPointer(start: output, count: condenser.written)
        return condenser.movedValues.withUnsafeBufferPointer { values in
            condenser.movedTags.withUnsafeBufferPointer { tags in
                condenser.movedAttributes.withUnsafeBufferPointer { attributes in
                    condenser.movedTexts.withUnsafeBufferPointer { texts in
                        // Without placeholders (the page holds a mark byte itself) nothing is read back.
                        body(markup, condenser.movesValues ? Moved(values: values, tags: tags, attributes: attributes, texts: texts) : nil)
                    }
                }
            }
        }
    }

    /// The condensed markup as arrays.
    static func condense(_ input: UnsafeBufferPointer<UInt8>, dropsUnknownAttributes: Bool) -> Condensed {
        withCondensed(input, dropsUnknownAttributes: dropsUnknownAttributes) { markup, moved in
            Condensed(bytes: Array(markup), movedValues: moved.map { Array($0.values) } ?? [],
                      movedTags: moved.map { Array($0.tags) } ?? [], movedAttributes: moved.map { Array($0.attributes) } ?? [],
                      movedTexts: moved.map { Array($0.texts) } ?? [])
        }
    }

    /// The number in a placeholder value that opens with `mark`, or nil when `value` is none.
    static func placeholderNumber(_ value: UnsafePointer<UInt8>, mark: UInt8) -> Int? {
        guard value[0] == mark else { return nil }
        var number = 0
        var index = 1
        while index < 12 && value[index] >= 0x30 && value[index] <= 0x39 {
            number = number * 10 + Int(value[index] - 0x30)
            index += 1
        }
        guard index > 1, value[index] == 0 else { return nil }
        return number
    }

    // MARK: Content

    /// What the scan does after a construct.
    private enum Step {
        /// Go on reading content at this index.
        case resume(Int)
        /// Go on reading content at this index, right after markup that ended with `>`.
        case markupEnd(Int)
        /// Stop changing anything: the rest is copied as it is.
        case stop
    }

    /// Reads content as `htmlParseContentInternal` does: text up to a `<`, then the construct
    /// that `<` starts.
    private mutating func scan() {
        let count = input.count
        var index = 0
        while index < count {
            guard let less = memchr(input.baseAddress! + index, 0x3C, count - index) else { return }
            index = UnsafePointer(less.assumingMemoryBound(to: UInt8.self)) - input.baseAddress!
            guard index + 1 < count else { return }
            let step: Step
            switch input[index + 1] {
            case 0x2F: step = endTag(at: index)  // </
            case 0x21: step = markupDeclaration(at: index)  // <!
            case 0x3F: step = processingInstruction(at: index)  // <?
            case let next where Self.isASCIILetter(next): step = startTag(at: index)
            default: step = .resume(index + 1)  // a `<` that starts nothing is text
            }
            switch step {
            case .stop: return
            case .resume(let next): index = next
            case .markupEnd(let next):
                index = next
                collapseBlanks(at: next)
                moveText(at: next)
            }
        }
    }

    /// `</name ...>` ends at the first `>`, quotes or not; `</` before anything that cannot
    /// start a name is text that libxml2 drops, and reading goes on after it.
    private func endTag(at index: Int) -> Step {
        guard index + 2 < input.count, Self.isNameStart(input[index + 2]) else { return .resume(index + 2) }
        guard let close = find(0x3E, from: index + 2) else { return .stop }
        return .markupEnd(close + 1)
    }

    /// `<!--` opens a comment, `<!DOCTYPE` a doctype; any other `<!` is text.
    private mutating func markupDeclaration(at index: Int) -> Step {
        if matches("--", at: index + 2) { return comment(at: index) }
        if matchesIgnoringCase("doctype", at: index + 2) { return doctype(at: index) }
        return .resume(index + 1)
    }

    /// A comment ends at the first `-->` or `--!>` from the byte after `<!--` on (in libxml2
    /// 2.9, `<!-->` and `<!--->` do not end one). One that never ends swallows the rest of the
    /// page in libxml2 too.
    private mutating func comment(at index: Int) -> Step {
        var end: Int?
        var dash = index + 4
        while let found = find(0x2D, from: dash) {
            if matches("-->", at: found) { end = found + 3; break }
            if matches("--!>", at: found) { end = found + 4; break }
            dash = found + 1
        }
        guard let end else { return .stop }
        let emptyComment: StaticString = "<!---->"
        if end - index > emptyComment.utf8CodeUnitCount {
            emit(upTo: index)
            write(emptyComment.utf8Start, count: emptyComment.utf8CodeUnitCount)
            copied = end
        }
        return .markupEnd(end)
    }

    /// A doctype ends at its first `>`, unless a quoted literal hides one: then libxml2 may
    /// read past it, and the scan stops. It stops too when `</` or `<!` (other than a comment)
    /// follows at once: after a doctype in mid-page libxml2 reads those as text, after the
    /// page's first one as markup.
    private func doctype(at index: Int) -> Step {
        guard case .markupEnd(let end) = doctypeEnd(at: index) else { return .stop }
        if end + 1 < input.count && input[end] == 0x3C
            && (input[end + 1] == 0x2F || (input[end + 1] == 0x21 && !matches("--", at: end + 2))) {
            return .stop
        }
        return .markupEnd(end)
    }

    private func doctypeEnd(at index: Int) -> Step {
        guard let close = find(0x3E, from: index + 9) else { return .stop }
        var cursor = index + 9
        while cursor < close {
            let byte = input[cursor]
            if byte == 0x22 || byte == 0x27 {
                guard let quoteEnd = find(byte, from: cursor + 1), quoteEnd < close else { return .stop }
                cursor = quoteEnd
            }
            cursor += 1
        }
        return .markupEnd(close + 1)
    }

    /// `<?name ...>` ends at the first `>`; `<?` before anything else is dropped and reading
    /// goes on after it. A non-ASCII byte could start a name or not: stop.
    private func processingInstruction(at index: Int) -> Step {
        guard index + 2 < input.count else { return .resume(index + 2) }
        let first = input[index + 2]
        if first >= 0x80 { return .stop }
        guard Self.isASCIILetter(first) || first == 0x5F || first == 0x3A else { return .resume(index + 2) }
        guard let close = find(0x3E, from: index + 2) else { return .stop }
        return .markupEnd(close + 1)
    }

    // MARK: Start tags

    /// A start tag, as `htmlParseStartTag` reads it: the name, then attributes until `>` or
    /// `/>`. After `<script>` or `<style>` the raw text runs to the matching end tag.
    private mutating func startTag(at index: Int) -> Step {
        let count = input.count
        let nameStart = index + 1
        var cursor = nameStart
        while cursor < count && Self.isNameCharacter(input[cursor]) { cursor += 1 }
        // libxml2 reads at most 100 bytes of a name and the rest as attributes.
        guard cursor - nameStart < 100 else { return .stop }
        let rawText = rawTextElement(nameStart..<cursor)
        seenStartTag = true
        if collapsesBlanks && isPreformatted(nameStart..<cursor) { collapsesBlanks = false }
        pending.removeAll(keepingCapacity: true)
        while true {
            skipBlanks(&cursor)
            guard cursor < count else { return .stop }
            let byte = input[cursor]
            if byte == 0x3E {  // >
                finishTag()
                cursor += 1
                guard let rawText else { return .markupEnd(cursor) }
                return skipRawText(from: cursor, endTag: rawText)
            }
            if byte == 0x2F && cursor + 1 < count && input[cursor + 1] == 0x3E {  // />
                finishTag()
                return .markupEnd(cursor + 2)
            }
            if Self.isNameStart(byte) {
                guard attribute(&cursor) else { return .stop }
            } else {
                // Not a name: libxml2 drops everything up to a blank or the tag's end.
                while cursor < count && !Self.isBlank(input[cursor]) && input[cursor] != 0x3E
                    && !(input[cursor] == 0x2F && cursor + 1 < count && input[cursor + 1] == 0x3E) {
                    cursor += 1
                }
            }
        }
    }

    /// Reads one attribute from `cursor` (at its name) into `pending`. False when libxml2's
    /// reading of it is in doubt.
    private mutating func attribute(_ cursor: inout Int) -> Bool {
        let count = input.count
        let nameStart = cursor
        while cursor < count && Self.isNameCharacter(input[cursor]) { cursor += 1 }
        let nameEnd = cursor
        guard nameEnd - nameStart < 100 else { return false }
        skipBlanks(&cursor)
        var attribute = PendingAttribute(start: nameStart, nameEnd: nameEnd, end: nameEnd, value: nil, quoted: false)
        if cursor < count && input[cursor] == 0x3D {  // =
            cursor += 1
            skipBlanks(&cursor)
            guard cursor < count else { return false }
            let quote = input[cursor]
            if quote == 0x22 || quote == 0x27 {
                guard let close = find(quote, from: cursor + 1) else { return false }
                attribute.value = cursor + 1..<close
                attribute.quoted = true
                cursor = close + 1
            } else {
                // Unquoted: up to a blank or `>` (a `/` before `>` belongs to the value).
                let valueStart = cursor
                while cursor < count && !Self.isBlank(input[cursor]) && input[cursor] != 0x3E { cursor += 1 }
                guard cursor < count else { return false }
                attribute.value = valueStart..<cursor
            }
            attribute.end = cursor
        }
        attribute.known = knownID(UnsafeBufferPointer(rebasing: input[nameStart..<nameEnd]))
        pending.append(attribute)
        return true
    }

    /// Rewrites the attributes of the start tag just read. When no kept value holds a character
    /// reference (libxml2 would decode it), they all move aside behind one placeholder
    /// attribute (``tagNumber(_:)``), and libxml2 reads no attribute of the tag; otherwise
    /// unknown ones are dropped and long values move aside one by one.
    private mutating func finishTag() {
        guard let first = pending.first, let last = pending.last else { return }
        var movable = movesValues
        var keptCount = 0
        for attribute in pending where !dropsUnknownAttributes || attribute.known >= 0 {
            keptCount += 1
            if let value = attribute.value, !value.isEmpty,
               memchr(input.baseAddress! + value.lowerBound, 0x26, value.count) != nil {  // &
                movable = false
            }
        }
        let number = movedTags.count
        let placeholderLength = keptCount == 0 ? 0 : Self.tagPlaceholderLength
        if movable && number < Self.placeholderLimit && placeholderLength <= last.end - first.start {
            emit(upTo: first.start)
            copied = last.end
            guard keptCount > 0 else { return }
            let firstMoved = movedAttributes.count
            for attribute in pending where !dropsUnknownAttributes || attribute.known >= 0 {
                movedAttributes.append(MovedAttribute(attribute))
            }
            movedTags.append(MovedTag(first: Int32(firstMoved), count: Int32(keptCount)))
            writeTagPlaceholder(number)
            return
        }
        for attribute in pending {
            if dropsUnknownAttributes && attribute.known < 0 {
                // Removing the whole name=value leaves libxml2 reading on from the same next byte.
                emit(upTo: attribute.start)
                copied = attribute.end
            } else if attribute.quoted, let value = attribute.value {
                moveAside(value)
            }
        }
    }

    /// Replaces a quoted value with a placeholder, when that is shorter and the value has no
    /// character reference for libxml2 to decode.
    private mutating func moveAside(_ value: Range<Int>) {
        let number = movedValues.count
        guard movesValues, value.count > 1 + Self.decimalDigits(number),
              memchr(input.baseAddress! + value.lowerBound, 0x26, value.count) == nil else { return }  // &
        emit(upTo: value.lowerBound)
        output[written] = Self.placeholderMark
        written += 1
        writeDecimal(number)
        movedValues.append(MovedValue(start: Int32(value.lowerBound), count: Int32(value.count)))
        copied = value.upperBound
    }

    /// `_="c"`, c the UTF-8 of U+F0000 + `number`.
    private mutating func writeTagPlaceholder(_ number: Int) {
        write(Self.tagPlaceholderName.utf8Start, count: 3)
        writePrivateUse(Self.tagPlaceholderBase + number)
        output[written] = 0x22
        written += 1
    }

    private static let tagPlaceholderName: StaticString = "_=\""

    /// The four UTF-8 bytes of a scalar in the supplementary planes.
    private mutating func writePrivateUse(_ scalar: Int) {
        output[written] = UInt8(0xF0 | scalar >> 18)
        output[written + 1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
        output[written + 2] = UInt8(0x80 | (scalar >> 6) & 0x3F)
        output[written + 3] = UInt8(0x80 | scalar & 0x3F)
        written += 4
    }

    private static func decimalDigits(_ number: Int) -> Int {
        var digits = 1
        var rest = number
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    private mutating func writeDecimal(_ number: Int) {
        let digits = Self.decimalDigits(number)
        var rest = number
        for position in stride(from: digits - 1, through: 0, by: -1) {
            output[written + position] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
        written += digits
    }

    /// Elements whose whitespace is content: from the first one on, blanks stay as written.
    private func isPreformatted(_ name: Range<Int>) -> Bool {
        switch name.count {
        case 3: matchesIgnoringCase("pre", at: name.lowerBound) || matchesIgnoringCase("xmp", at: name.lowerBound)
        case 7: matchesIgnoringCase("listing", at: name.lowerBound)
        case 8: matchesIgnoringCase("textarea", at: name.lowerBound)
        case 9: matchesIgnoringCase("plaintext", at: name.lowerBound)
        default: false
        }
    }

    /// Shortens a run of blanks between markup and the next tag or comment to its first
    /// blank. libxml2 treats the run the same whatever its length (one text event, blank or
    /// not by the same test) as long as it stays under its 1,000-character text buffer; the
    /// extractor collapses whitespace anyway, except in the preformatted elements, which turn
    /// this off.
    private mutating func collapseBlanks(at start: Int) {
        let count = input.count
        guard collapsesBlanks, start < count, Self.isBlank(input[start]) else { return }
        var end = start + 1
        while end < count && Self.isBlank(input[end]) { end += 1 }
        guard end - start > 1, end - start < 1000, end + 2 < count, input[end] == 0x3C else { return }
        let next = input[end + 1]
        guard Self.isASCIILetter(next) || (next == 0x2F && Self.isASCIILetter(input[end + 2])) || matches("!--", at: end + 1)
        else { return }
        emit(upTo: start + 1)
        copied = end
    }

    /// Whether the raw text of a `<script>` or `<style>` starts with markup that libxml2 reads
    /// as such before it reads raw text: an end tag (whose effect depends on the open
    /// elements), or a start tag that closes the element: `<noscript>` a script, `<body>` and
    /// `<frameset>` a style (libxml2 2.9.14, checked against every HTML 4 element name). Any
    /// other tag there is raw text.
    static func rawTextOpensWithMarkup(_ text: UnsafeBufferPointer<UInt8>, inStyle: Bool) -> Bool {
        guard text.count >= 2, text[0] == 0x3C else { return false }
        if text[1] == 0x2F { return true }
        if inStyle { return startsWithTag("body", text) || startsWithTag("frameset", text) }
        return startsWithTag("noscript", text)
    }

    /// Whether `text` opens with `<` and the tag `name` (lowercase), in any case.
    private static func startsWithTag(_ name: StaticString, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = name.utf8CodeUnitCount
        guard text.count >= 1 + length else { return false }
        for offset in 0..<length {
            let byte = text[1 + offset]
            if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != name.utf8Start[offset] { return false }
        }
        return text.count == 1 + length || !isNameCharacter(text[1 + length])
    }

    /// Replaces the text that starts right after markup, up to the next `<` or `&` (where
    /// libxml2 ends a text event), with a text placeholder, which the characters callback swaps
    /// back: libxml2 reads text a character at a time too. Only text with something besides
    /// blanks moves (libxml2 judges blank text by its context), and only text whose every
    /// character libxml2 keeps (``isXMLText(_:)``).
    private mutating func moveText(at start: Int) {
        guard movesValues, seenStartTag, movedTexts.count < Self.placeholderLimit, start < input.count,
              let less = find(0x3C, from: start) else { return }
        var end = less
        if let ampersand = memchr(input.baseAddress! + start, 0x26, less - start) {
            end = UnsafePointer(ampersand.assumingMemoryBound(to: UInt8.self)) - input.baseAddress!
        }
        guard end - start > 4 else { return }
        let text = UnsafeBufferPointer(rebasing: input[start..<end])
        guard Self.isXMLText(text), text.contains(where: { !Self.isBlank($0) }) else { return }
        emit(upTo: start)
        writePrivateUse(Self.textPlaceholderBase + movedTexts.count)
        movedTexts.append(MovedValue(start: Int32(start), count: Int32(end - start)))
        copied = end
    }

    /// Whether libxml2 keeps every character of `text` (XML's `Char`): no control character
    /// but tab, line feed and carriage return, no U+FFFE or U+FFFF.
    static func isXMLText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        // Eight bytes at a time while none is below 0x20 or 0xEF (which opens U+FFFE and U+FFFF).
        let low: UInt64 = 0x2020_2020_2020_2020, high: UInt64 = 0x8080_8080_8080_8080, ef: UInt64 = 0xEFEF_EFEF_EFEF_EFEF
        let ones: UInt64 = 0x0101_0101_0101_0101
        while index + 8 <= text.count {
            let word = UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let belowSpace = (word &- low) & ~word & high
            let matched = word ^ ef
            let hasEF = (matched &- ones) & ~matched & high
            if belowSpace | hasEF != 0 { break }
            index += 8
        }
        while index < text.count {
            let byte = text[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return false }
            if byte == 0xEF && index + 2 < text.count && text[index + 1] == 0xBF && text[index + 2] >= 0xBE { return false }
            index += 1
        }
        return true
    }

    /// `script` or `style` (any case), whose content libxml2 reads as raw text, or nil.
    private func rawTextElement(_ name: Range<Int>) -> StaticString? {
        if name.count == 6 && matchesIgnoringCase("script", at: name.lowerBound) { return "script" }
        if name.count == 5 && matchesIgnoringCase("style", at: name.lowerBound) { return "style" }
        return nil
    }

    /// Raw text runs to the first `</` followed by the element's name in any case, as in
    /// `htmlParseScript`. A longer name there (`</scripts>`) ends no element, and libxml2 reads
    /// raw text again after it: stop. So does raw text that starts with markup libxml2 reads
    /// first (``rawTextOpensWithMarkup(_:)``).
    private func skipRawText(from start: Int, endTag name: StaticString) -> Step {
        if start + 1 < input.count && input[start] == 0x3C && input[start + 1] == 0x2F {
            // `<script></script>`, the common case, ends as usual; another end tag does not.
            if !matchesIgnoringCase(name, at: start + 2) { return .stop }
        } else if Self.rawTextOpensWithMarkup(UnsafeBufferPointer(rebasing: input[start...]), inStyle: name.utf8CodeUnitCount == 5) {
            return .stop
        }
        var cursor = start
        let length = name.utf8CodeUnitCount
        while let less = find(0x3C, from: cursor) {
            if less + 1 < input.count && input[less + 1] == 0x2F && matchesIgnoringCase(name, at: less + 2) {
                let after = less + 2 + length
                if after < input.count && Self.isNameCharacter(input[after]) { return .stop }
                return .resume(less)
            }
            cursor = less + 1
        }
        return .stop
    }

    // MARK: Output

    /// Copies the input from where copying stopped up to `end`.
    private mutating func emit(upTo end: Int) {
        guard end > copied else { return }
        write(input.baseAddress! + copied, count: end - copied)
        copied = end
    }

    private mutating func write(_ bytes: UnsafePointer<UInt8>, count: Int) {
        (output + written).update(from: bytes, count: count)
        written += count
    }

    // MARK: Bytes

    private func find(_ byte: UInt8, from index: Int) -> Int? {
        guard index < input.count, let found = memchr(input.baseAddress! + index, Int32(byte), input.count - index) else { return nil }
        return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - input.baseAddress!
    }

    private func matches(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= input.count else { return false }
        for offset in 0..<length where input[index + offset] != text.utf8Start[offset] { return false }
        return true
    }

    /// Whether the bytes at `index`, ASCII capitals lowered, spell `text` (lowercase).
    private func matchesIgnoringCase(_ text: StaticString, at index: Int) -> Bool {
        let length = text.utf8CodeUnitCount
        guard index + length <= input.count else { return false }
        for offset in 0..<length {
            let byte = input[index + offset]
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lowered != text.utf8Start[offset] { return false }
        }
        return true
    }

    private func skipBlanks(_ cursor: inout Int) {
        while cursor < input.count && Self.isBlank(input[cursor]) { cursor += 1 }
    }

    /// libxml2's blanks: space, tab, line feed, carriage return (not form feed).
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// What may start a name in `htmlParseHTMLName`: a letter, `_`, `:` or `.`.
    private static func isNameStart(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

    /// What may continue one: also digits and `-`.
    private static func isNameCharacter(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
    }

    /// The ``AttributeName`` id of a known name (any case), or -1.
    private func knownID(_ name: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = name.baseAddress! + 8 <= input.baseAddress! + input.count
            ? knownAttributes.id(nameCharacters: name.baseAddress!, count: name.count)
            : knownAttributes.id(lowercasing: name)
        return id.map(Int32.init) ?? -1
    }

    private static let knownAttributeTable = KnownNameTable(AttributeName.knownNames)
}

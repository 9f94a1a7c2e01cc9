internal import CLibXML2
#if canImport(Glibc)
import Glibc
#endif

/// Parses HTML with libxml2's HTML parser, driven through SAX straight into an ``HTMLDocument``.
///
/// libxml2 never builds its own DOM here: each start tag, end tag and run of text is copied
/// into the ``TreeBuilder`` during the callback, and the parser context is freed before
/// `parse` returns. No libxml2 pointer outlives the call.
public enum HTMLParser {
    /// Which attributes the parsed tree keeps.
    public enum AttributeRetention: Sendable {
        /// Every attribute, as the page wrote it.
        case all
        /// Only those named in ``AttributeName/knownNames``: all the extractor reads. The
        /// others (`data-*` blobs, SVG path data, event handlers) are dropped before libxml2
        /// reads them, which saves it much of its slowest work.
        case knownNames
    }

    /// Parses UTF-8 HTML. The bytes must be valid UTF-8 without NUL bytes (``HTMLDecoder``
    /// guarantees both); libxml2 is told to ignore any charset the page declares.
    public static func parse(utf8 bytes: [UInt8], attributes: AttributeRetention = .all) -> HTMLDocument {
        parse(utf8: bytes, attributes: attributes, condensing: libxml2Is29)
    }

    /// `condensing`: whether libxml2 reads the markup through ``MarkupCondenser`` (which models
    /// libxml2 2.9's tokenizer, so only with 2.9) or as it is; `skippingRawText`: whether the
    /// content of scripts and styles is taken past libxml2 (``skipRawText(_:name:keepingText:)``).
    /// The tree is the same either way: tests compare them.
    static func parse(utf8 bytes: [UInt8], attributes: AttributeRetention, condensing: Bool,
                      skippingRawText: Bool = true) -> HTMLDocument {
        _ = libxml2Initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else {
            var empty = TreeBuilder(expectedBytes: 0)
            return empty.finish()
        }
        return bytes.withUnsafeBufferPointer { original in
            guard condensing else {
                var state = ParseState(builder: TreeBuilder(expectedBytes: bytes.count))
                state.skipsRawText = skippingRawText && libxml2Is29
                return parse(markup: original, state: state)
            }
            return MarkupCondenser.withCondensed(original, dropsUnknownAttributes: attributes == .knownNames) { markup, moved in
                var state = ParseState(builder: TreeBuilder(expectedBytes: bytes.count))
                state.skipsRawText = skippingRawText
                state.original = original
                state.moved = moved
                return parse(markup: markup, state: state)
            }
        }
    }

    /// Runs libxml2 over `markup`, reporting into `state`'s builder.
    private static func parse(markup: UnsafeBufferPointer<UInt8>, state: ParseState) -> HTMLDocument {
        var state = state
        withUnsafeMutablePointer(to: &state) { statePointer in
            markup.withMemoryRebound(to: CChar.self) { chars in
                // libxml2 copies the markup into a buffer of its own.
                guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                var handler = makeSAXHandler()
                withUnsafeBytes(of: &handler) { source in
                    UnsafeMutableRawPointer(context.pointee.sax).copyMemory(
                        from: source.baseAddress!, byteCount: MemoryLayout<htmlSAXHandler>.size)
                }
                statePointer.pointee.context = context
                context.pointee.userData = UnsafeMutableRawPointer(statePointer)
                // Without this libxml2 guesses ISO-8859-1 for input that declares nothing.
                xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                htmlCtxtUseOptions(context, parseOptions)
                htmlParseDocument(context)
            }
        }
        return state.builder.finish()
    }

    /// Recover from any markup, stay silent, never touch the network, trust our decoding.
    private static let parseOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_HUGE.rawValue
    )

    /// `xmlInitParser` once per process, before any concurrent parse.
    private static let libxml2Initialized: Void = { xmlInitParser() }()

    /// Only the callbacks that copy content are set: with the DOM-building ones left out,
    /// libxml2 builds no tree of its own.
    private static func makeSAXHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = startElementCallback
        handler.endElement = endElementCallback
        handler.characters = charactersCallback
        handler.ignorableWhitespace = charactersCallback
        handler.cdataBlock = rawTextCallback
        return handler
    }
}

// MARK: - Callbacks

/// What the callbacks reach through libxml2's `userData`: the builder, and the parser context
/// whose input the start-tag callback may move past raw text nobody reads.
private struct ParseState {
    var builder: TreeBuilder
    var context: htmlParserCtxtPtr?
    /// Whether script and style content is taken past libxml2 (only with libxml2 2.9).
    var skipsRawText = false
    /// The page as given, when libxml2 reads a condensed copy: moved attribute values are here.
    var original: UnsafeBufferPointer<UInt8>?
    /// Where each moved value and attribute lies in `original`.
    var moved: MarkupCondenser.Moved?
}

private func state(_ userData: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<ParseState> {
    // libxml2 passes `ctxt->userData` to every callback, and `parse` set that to the state.
    userData!.assumingMemoryBound(to: ParseState.self)
}


/// Moves libxml2's input past the content of the `<script>` or `<style>` element whose start tag
/// was just read. Over a third of a typical page's bytes are scripts and styles, and libxml2
/// reads them a character at a time, through a function call each. Content the builder drops
/// (every style, every script but JSON-LD) is skipped; JSON-LD is handed to the builder in one
/// piece, as libxml2 would have handed it over in pieces, unless it holds a character libxml2
/// would leave out (a control character, U+FFFE, U+FFFF): then libxml2 reads it.
///
/// The content ends exactly where libxml2 2.9's `htmlParseScript` ends it in recovery mode: at
/// the first `</` followed by the element's name in any case. The input is left at the byte
/// before that, overwritten with the `>` that libxml2 is about to consume as the end of the
/// start tag; the end tag then parses as before, and the tree is the one the full read gives.
/// Nothing is skipped when the start tag does not end in `>` (`<script/>`, a cut-off tag), when
/// the content starts with markup libxml2 reads before raw text (an end tag, a tag that closes
/// the element), or when no end tag follows.
///
/// It relies on 2.9's input handling (the parser's own copy of the bytes, `cur` read back after
/// the callback), so it runs only when the libxml2 loaded at run time is a 2.9 release; any
/// other version reads the raw text itself, slower but with the same tree.
private func skipRawText(_ state: UnsafeMutablePointer<ParseState>, name: UnsafePointer<UInt8>, keepingText: Bool) {
    guard state.pointee.skipsRawText, let input = state.pointee.context?.pointee.input, let start = input.pointee.cur,
          let end = input.pointee.end, start < end, start.pointee == UInt8(ascii: ">") else { return }
    var nameLength = 0
    while name[nameLength] != 0 { nameLength += 1 }
    var cursor = start + 1
    guard cursor < end, !MarkupCondenser.rawTextOpensWithMarkup(UnsafeBufferPointer(start: cursor, count: end - cursor),
                                                                 inStyle: nameLength == 5) else { return }
    var found = false
    while cursor + 1 < end {
        // memchr finds the next `<` many bytes at a time.
        guard let less = memchr(cursor, Int32(UInt8(ascii: "<")), end - cursor) else { break }
        cursor = UnsafePointer(less.assumingMemoryBound(to: UInt8.self))
        if cursor + 1 < end && cursor[1] == UInt8(ascii: "/") && end - (cursor + 2) >= nameLength {
            var matches = true
            for offset in 0..<nameLength where cursor[2 + offset] | 0x20 != name[offset] {
                matches = false
                break
            }
            if matches {
                found = true
                break
            }
        }
        cursor += 1
    }
    guard found, cursor > start + 1 else { return }
    if keepingText {
        let text = UnsafeBufferPointer(start: start + 1, count: cursor - (start + 1))
        guard MarkupCondenser.isXMLText(text) else { return }
        state.pointee.builder.rawText(text)
    }
    let lastSkipped = UnsafeMutablePointer(mutating: cursor - 1)
    lastSkipped.pointee = UInt8(ascii: ">")
    input.pointee.cur = UnsafePointer(lastSkipped)
}

/// Whether the running libxml2 is a 2.9 release (`xmlParserVersion` is "209xx"), the series
/// ``skipRawText(_:name:keepingText:)`` and ``MarkupCondenser`` were written against.
/// (With threads enabled, libxml2's `xmlParserVersion` is a macro over this accessor.)
private let libxml2Is29: Bool = {
    guard let version = __xmlParserVersion()?.pointee else { return false }
    return String(cString: version).hasPrefix("209")
}()

private func buffer(_ string: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string)))
}

private let startElementCallback: startElementSAXFunc = { context, name, attributes in
    guard let name else { return }
    let parse = state(context)
    let tag = parse.pointee.builder.tag(forInterned: name)
    guard parse.pointee.builder.startElement(tag) else { return }
    defer {
        if tag == .script || tag == .style {
            skipRawText(parse, name: name, keepingText: !parse.pointee.builder.dropsRawText(of: tag))
        }
    }
    guard var pair = attributes else { return }
    while let attributeName = pair.pointee {
        let value = pair.successor().pointee
        pair = pair.advanced(by: 2)
        if let value, let moved = parse.pointee.moved, let original = parse.pointee.original {
            if attributeName[0] == 0x5F, attributeName[1] == 0,  // `_`, the tag placeholder's name
               let number = MarkupCondenser.tagNumber(value),
               number >= 0, number < moved.tags.count {
                addMovedAttributes(of: moved.tags[number], moved: moved, original: original, to: &parse.pointee.builder)
                continue
            }
            if let number = MarkupCondenser.placeholderNumber(value, mark: MarkupCondenser.placeholderMark),
               number < moved.values.count {
                let range = Int(moved.values[number].start)..<Int(moved.values[number].start + moved.values[number].count)
                let interned = parse.pointee.builder.attributeName(forInterned: attributeName)
                parse.pointee.builder.addAttribute(interned, value: UnsafeBufferPointer(rebasing: original[range]))
                continue
            }
        }
        let interned = parse.pointee.builder.attributeName(forInterned: attributeName)
        parse.pointee.builder.addAttribute(interned, value: value.map(buffer) ?? UnsafeBufferPointer(start: nil, count: 0))
    }
}

/// Adds the attributes the condenser moved out of a start tag, names lowercased as libxml2
/// would have handed them over.
private func addMovedAttributes(of tag: MarkupCondenser.MovedTag, moved: MarkupCondenser.Moved,
                                original: UnsafeBufferPointer<UInt8>, to builder: inout TreeBuilder) {
    for index in Int(tag.first)..<Int(tag.first + tag.count) {
        let attribute = moved.attributes[index]
        let name: AttributeName
        if attribute.known >= 0 {
            name = AttributeName(rawValue: UInt16(attribute.known))
        } else {
            let raw = UnsafeBufferPointer(rebasing: original[Int(attribute.nameStart)..<Int(attribute.nameStart + attribute.nameCount)])
            name = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count) { lowered in
                for (offset, byte) in raw.enumerated() { lowered[offset] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                return builder.attributeName(for: UnsafeBufferPointer(lowered))
            }
        }
        let value = attribute.valueStart < 0
            ? UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            : UnsafeBufferPointer(rebasing: original[Int(attribute.valueStart)..<Int(attribute.valueStart + attribute.valueCount)])
        builder.addAttribute(name, value: value)
    }
}

private let endElementCallback: endElementSAXFunc = { context, name in
    guard let name else { return }
    let parse = state(context)
    parse.pointee.builder.endElement(parse.pointee.builder.tag(forInterned: name))
}

private let charactersCallback: charactersSAXFunc = { context, characters, length in
    guard let characters, length > 0 else { return }
    let parse = state(context)
    let text = UnsafeBufferPointer(start: characters, count: Int(length))
    if let moved = parse.pointee.moved, let original = parse.pointee.original,
       let number = MarkupCondenser.textNumber(text), number >= 0, number < moved.texts.count {
        let range = Int(moved.texts[number].start)..<Int(moved.texts[number].start + moved.texts[number].count)
        parse.pointee.builder.characters(UnsafeBufferPointer(rebasing: original[range]))
        return
    }
    parse.pointee.builder.characters(text)
}

private let rawTextCallback: cdataBlockSAXFunc = { context, characters, length in
    guard let characters, length > 0 else { return }
    state(context).pointee.builder.rawText(UnsafeBufferPointer(start: characters, count: Int(length)))
}

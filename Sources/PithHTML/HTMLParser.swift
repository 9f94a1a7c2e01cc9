internal import CLibXML2

/// Parses HTML with libxml2's HTML parser, driven through SAX straight into an ``HTMLDocument``.
///
/// libxml2 never builds its own DOM here: each start tag, end tag and run of text is copied
/// into the ``TreeBuilder`` during the callback, and the parser context is freed before
/// `parse` returns. No libxml2 pointer outlives the call.
public enum HTMLParser {
    /// Parses UTF-8 HTML. The bytes must be valid UTF-8 without NUL bytes (``HTMLDecoder``
    /// guarantees both); libxml2 is told to ignore any charset the page declares.
    public static func parse(utf8 bytes: [UInt8]) -> HTMLDocument {
        _ = libxml2Initialized
        var builder = TreeBuilder(expectedBytes: bytes.count)
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return builder.finish() }
        withUnsafeMutablePointer(to: &builder) { builderPointer in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    guard let context = htmlCreateMemoryParserCtxt(chars.baseAddress, Int32(chars.count)) else { return }
                    defer { htmlFreeParserCtxt(context) }
                    var handler = makeSAXHandler()
                    withUnsafeBytes(of: &handler) { source in
                        UnsafeMutableRawPointer(context.pointee.sax).copyMemory(
                            from: source.baseAddress!, byteCount: MemoryLayout<htmlSAXHandler>.size)
                    }
                    context.pointee.userData = UnsafeMutableRawPointer(builderPointer)
                    // Without this libxml2 guesses ISO-8859-1 for input that declares nothing.
                    xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                    htmlCtxtUseOptions(context, parseOptions)
                    htmlParseDocument(context)
                }
            }
        }
        return builder.finish()
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

private func builder(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder> {
    // libxml2 passes `ctxt->userData` to every callback, and `parse` set that to the builder.
    context!.assumingMemoryBound(to: TreeBuilder.self)
}

private func buffer(_ string: UnsafePointer<xmlChar>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string)))
}

private let startElementCallback: startElementSAXFunc = { context, name, attributes in
    guard let name else { return }
    let tree = builder(context)
    let tag = tree.pointee.tag(forInterned: name)
    guard tree.pointee.startElement(tag), var pair = attributes else { return }
    while let attributeName = pair.pointee {
        let value = pair.successor().pointee
        let interned = tree.pointee.attributeName(forInterned: attributeName)
        if let value {
            tree.pointee.addAttribute(interned, value: buffer(value))
        } else {
            tree.pointee.addAttribute(interned, value: UnsafeBufferPointer(start: nil, count: 0))
        }
        pair = pair.advanced(by: 2)
    }
}

private let endElementCallback: endElementSAXFunc = { context, name in
    guard let name else { return }
    let tree = builder(context)
    tree.pointee.endElement(tree.pointee.tag(forInterned: name))
}

private let charactersCallback: charactersSAXFunc = { context, characters, length in
    guard let characters, length > 0 else { return }
    builder(context).pointee.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
}

private let rawTextCallback: cdataBlockSAXFunc = { context, characters, length in
    guard let characters, length > 0 else { return }
    builder(context).pointee.rawText(UnsafeBufferPointer(start: characters, count: Int(length)))
}

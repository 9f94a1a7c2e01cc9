#ifndef PITH_CLIBXML2_SHIM_H
#define PITH_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its headers pull in the system ICU, whose
// `UErrorCode` clashes with Foundation's private copy on clean builds. Pith never
// uses libxml2's ICU support, so hide it before any other libxml2 header.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlmemory.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a global function-pointer variable in Debian's build, which Swift 6
/// rejects as shared mutable state; call it through a function instead.
static inline void pith_xml_free(void *pointer) { xmlFree(pointer); }

#endif

#ifndef PITH_CCURL_SHIM_H
#define PITH_CCURL_SHIM_H
#include <curl/curl.h>

// Swift cannot call C variadic functions, so each `curl_*_setopt` / `getinfo`
// argument type gets a small typed wrapper.

typedef size_t (*pith_curl_data_callback)(char *, size_t, size_t, void *);
typedef int (*pith_curl_xferinfo_callback)(void *, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

static inline CURLcode pith_easy_setopt_long(CURL *h, CURLoption o, long v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_off(CURL *h, CURLoption o, curl_off_t v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_string(CURL *h, CURLoption o, const char *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_pointer(CURL *h, CURLoption o, void *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_slist(CURL *h, CURLoption o, struct curl_slist *v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_share(CURL *h, CURLSH *v) { return curl_easy_setopt(h, CURLOPT_SHARE, v); }
static inline CURLcode pith_easy_setopt_data_callback(CURL *h, CURLoption o, pith_curl_data_callback v) { return curl_easy_setopt(h, o, v); }
static inline CURLcode pith_easy_setopt_xferinfo_callback(CURL *h, pith_curl_xferinfo_callback v) { return curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, v); }

static inline CURLcode pith_easy_getinfo_long(CURL *h, CURLINFO i, long *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pith_easy_getinfo_off(CURL *h, CURLINFO i, curl_off_t *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pith_easy_getinfo_double(CURL *h, CURLINFO i, double *v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pith_easy_getinfo_string(CURL *h, CURLINFO i, char **v) { return curl_easy_getinfo(h, i, v); }
static inline CURLcode pith_easy_getinfo_pointer(CURL *h, CURLINFO i, void **v) { return curl_easy_getinfo(h, i, v); }

static inline CURLMcode pith_multi_setopt_long(CURLM *m, CURLMoption o, long v) { return curl_multi_setopt(m, o, v); }
static inline CURLSHcode pith_share_setopt_long(CURLSH *s, CURLSHoption o, long v) { return curl_share_setopt(s, o, v); }

// Not libcurl, but about what it hands over: see `FetchMemory.keepFreedMemory()`. malloc.h is
// not in Swift's Glibc module.
#if defined(__GLIBC__)
#include <malloc.h>
static inline void pith_keep_freed_memory(int trimThreshold, int mmapThreshold) {
    mallopt(M_TRIM_THRESHOLD, trimThreshold);
    mallopt(M_MMAP_THRESHOLD, mmapThreshold);
}
#else
static inline void pith_keep_freed_memory(int trimThreshold, int mmapThreshold) { (void)trimThreshold; (void)mmapThreshold; }
#endif

#endif

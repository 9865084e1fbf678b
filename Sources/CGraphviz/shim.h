#ifndef STORYLINE_CGRAPHVIZ_SHIM_H
#define STORYLINE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <unistd.h>
#include <sys/types.h>
#include <fcntl.h>
#include <errno.h>
#include <string.h>

/* Macros and non-const signatures of cgraph that Swift cannot call directly. */
static inline Agnode_t *storyline_agtail(Agedge_t *e) { return agtail(e); }
static inline Agnode_t *storyline_aghead(Agedge_t *e) { return aghead(e); }
static inline Agsym_t *storyline_agnxtattr(Agraph_t *g, int kind, Agsym_t *sym) { return agnxtattr(g, kind, sym); }
static inline const char *storyline_agsym_name(Agsym_t *sym) { return sym ? sym->name : 0; }
static inline const char *storyline_agxget(void *obj, Agsym_t *sym) { return agxget(obj, sym); }
/// libcgraph's DOT scanner keeps its input buffer (the newline after an earlier graph's closing
/// brace) and its line counter across reads. Flush the buffer (`aglexbad`, exported by libcgraph
/// but not in its public header; weak, so a libcgraph without it still links) and start at line 1,
/// so an error names the line of this text, not a count carried over from an earlier graph.
extern void aglexbad(void) __attribute__((weak));
static inline Agraph_t *storyline_agmemread(const char *text) {
    if (aglexbad) aglexbad();
    agreadline(1);
    return agmemread(text);
}
static inline const char *storyline_agget(void *obj, const char *name) { return agget(obj, (char *)name); }

/* The time-limited render: fork, and in the child read the DOT text, lay it out, render it and
   write [status byte][payload] to `fd`, then _exit. The child runs only this C code (no Swift):
   after fork() only the calling thread exists, and a lock that another thread of the parent held
   at that moment (the Swift runtime's metadata and lazy-global locks, taken all the time by a
   multithreaded batch) would never be released in the child. glibc makes malloc safe after fork.
   Status: 0 ok (payload = the rendered bytes), 1 syntax, 2 layout, 3 render (payload = Graphviz's
   raw messages, made one line by the caller). Returns the child's pid in the parent, -1 on error. */
/* Graphviz's messages in the child (agseterrf takes a callback without context). */
struct storyline_child_buffer { size_t length; char text[4096]; };
static inline struct storyline_child_buffer *storyline_child_messages(void) {
    static struct storyline_child_buffer buffer;
    return &buffer;
}

static inline int storyline_child_collect(char *text) {
    struct storyline_child_buffer *b = storyline_child_messages();
    if (!text) return 0;
    size_t n = strlen(text), room = sizeof b->text - 1 - b->length;
    if (n > room) n = room;
    memcpy(b->text + b->length, text, n);
    b->length += n;
    b->text[b->length] = 0;
    return 0;
}

static inline void storyline_write_all(int fd, const void *bytes, size_t count) {
    const char *p = (const char *)bytes;
    while (count > 0) {
        ssize_t n = write(fd, p, count);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        p += n;
        count -= (size_t)n;
    }
}

static inline void storyline_child_finish(int fd, unsigned char status, const char *payload, size_t length) {
    storyline_write_all(fd, &status, 1);
    storyline_write_all(fd, payload, length);
    _exit(0);
}

static inline pid_t storyline_fork_render(GVC_t *gvc, const char *dot, const char *engine, const char *device,
                                          int readEnd, int writeEnd) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    close(readEnd);
    struct storyline_child_buffer *said = storyline_child_messages();
    said->length = 0;
    said->text[0] = 0;
    agseterrf(storyline_child_collect);
    agreseterrors();
    Agraph_t *graph = storyline_agmemread(dot);
    if (!graph || agerrors() >= AGERR)
        storyline_child_finish(writeEnd, 1, said->text, said->length);
    if (gvLayout(gvc, graph, engine) != 0)
        storyline_child_finish(writeEnd, 2, said->text, said->length);
    char *data = 0;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, device, &data, &length) != 0 || !data)
        storyline_child_finish(writeEnd, 3, said->text, said->length);
    storyline_child_finish(writeEnd, 0, data, length);
    return 0; /* not reached */
}

/* A pipe whose ends close on exec (pipe2 is a GNU extension the Swift Glibc module hides). */
extern int pipe2(int pipefd[2], int flags);
static inline int storyline_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
#endif

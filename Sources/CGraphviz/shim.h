#ifndef STORYLINE_CGRAPHVIZ_SHIM_H
#define STORYLINE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <unistd.h>
#include <sys/types.h>
#include <fcntl.h>

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

/* fork() for the time-limited render (the child never execs anything). */
static inline pid_t storyline_fork(void) { return fork(); }

/* A pipe whose ends close on exec (pipe2 is a GNU extension the Swift Glibc module hides). */
extern int pipe2(int pipefd[2], int flags);
static inline int storyline_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
#endif

#ifndef STORYLINE_CGRAPHVIZ_SHIM_H
#define STORYLINE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif

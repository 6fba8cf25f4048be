#ifndef OPSADVISOR_CYAML_SHIM_H
#define OPSADVISOR_CYAML_SHIM_H

// libyaml from Debian's libyaml-dev, for the knowledge-base parser
// (Sources/OpsAdvisorCore/Knowledge/YAMLParser.swift), which uses its event API.

#include <yaml.h>

#endif

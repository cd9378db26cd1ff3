// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The name under which Bridges keeps its settings (~/.config/Bridges) and its data folder
// (~/.local/share/Bridges on Linux).
namespace AppInfo {
inline constexpr char applicationName[] = "Bridges";
inline constexpr char version[] = BRIDGES_VERSION;
} // namespace AppInfo

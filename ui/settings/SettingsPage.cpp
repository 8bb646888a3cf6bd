#include "ui/settings/SettingsPage.h"

/* SPDX-License-Identifier: MIT */
/******************************************************************************
 * arch-x86_32.h
 *
 * Guest OS interface to x86 32-bit Xen.
 *
 * Copyright (c) 2004-2006, K A Fraser
 */

#include "arch-x86/xen.h"

//go:build amd64 && !purego

#include "textflag.h"

// LOOKUP replaces the four values x of X0 by tab's interpolated values
// (as actTable.at): u = min(max((x+lim)·per, 0), last), j = trunc(u),
// f_j + (u-j)·d_j with the pair (f_j, d_j) read from tab. X14 is zero;
// X1-X5, DX and R13 are overwritten.
#define LOOKUP(tab, lim, per, last) \
	ADDPS lim, X0; \
	MULPS per, X0; \
	MAXPS X14, X0; \
	MINPS last, X0; \
	CVTTPS2PL X0, X1; \
	CVTPL2PS X1, X2; \
	SUBPS X2, X0; \
	MOVQ X1, DX; \
	MOVL DX, R13; \
	SHRQ $32, DX; \
	MOVSD (tab)(R13*8), X2; \
	MOVSD (tab)(DX*8), X3; \
	PSHUFD $0xee, X1, X1; \
	MOVQ X1, DX; \
	MOVL DX, R13; \
	SHRQ $32, DX; \
	MOVSD (tab)(R13*8), X4; \
	MOVSD (tab)(DX*8), X5; \
	UNPCKLPS X3, X2; \
	UNPCKLPS X5, X4; \
	MOVAPS X2, X3; \
	MOVLHPS X4, X2; \
	MOVHLPS X3, X4; \
	MULPS X4, X0; \
	ADDPS X2, X0

#define BROADCAST(off, reg) \
	MOVSS off(R10), reg; \
	SHUFPS $0, reg, reg

// func gruStepSSE(h, hp, a, u, bu *float32, n int, sig, tanh *[2]float32, c *float32)
//
// The GRU step of gruStep, four state elements at a time (n a multiple
// of 4), each value through the same float32 operations in the same order.
// c holds the sigmoid table's lim, perUnit and last, the tanh table's,
// and 1. X15 is left alone (Go code expects it zero).
TEXT ·gruStepSSE(SB), NOSPLIT, $0-72
	MOVQ h+0(FP), DI
	MOVQ hp+8(FP), SI
	MOVQ a+16(FP), AX
	MOVQ u+24(FP), BX
	MOVQ bu+32(FP), CX
	MOVQ n+40(FP), R12
	MOVQ sig+48(FP), R8
	MOVQ tanh+56(FP), R9
	MOVQ c+64(FP), R10
	SHLQ $2, R12 // n·4: the bytes of a gate block
	BROADCAST(0, X8)
	BROADCAST(4, X9)
	BROADCAST(8, X10)
	BROADCAST(12, X11)
	BROADCAST(16, X12)
	BROADCAST(20, X13)
	XORPS X14, X14
	XORQ R11, R11

loop:
	CMPQ R11, R12
	JGE done
	// z = sigmoid(az + uz)
	MOVUPS (AX)(R11*1), X0
	MOVUPS (BX)(R11*1), X1
	ADDPS X1, X0
	LOOKUP(R8, X8, X9, X10)
	MOVAPS X0, X6
	// r = sigmoid(ar + ur)
	LEAQ (R11)(R12*1), R13
	MOVUPS (AX)(R13*1), X0
	MOVUPS (BX)(R13*1), X1
	ADDPS X1, X0
	LOOKUP(R8, X8, X9, X10)
	MOVAPS X0, X7
	// n = tanh(an + r·(un + bu))
	LEAQ (R11)(R12*2), R13
	MOVUPS (BX)(R13*1), X1
	MOVUPS (CX)(R11*1), X2
	ADDPS X2, X1
	MULPS X7, X1
	MOVUPS (AX)(R13*1), X0
	ADDPS X1, X0
	LOOKUP(R9, X11, X12, X13)
	// h = (1-z)·n + z·hp
	BROADCAST(24, X1)
	SUBPS X6, X1
	MULPS X0, X1
	MOVUPS (SI)(R11*1), X2
	MULPS X6, X2
	ADDPS X2, X1
	MOVUPS X1, (DI)(R11*1)
	ADDQ $16, R11
	JMP loop

done:
	RET

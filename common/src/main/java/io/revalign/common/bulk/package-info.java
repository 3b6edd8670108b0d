/**
 * Bulk operations with per-record results, the same in every service ({@code POST .../bulk}).
 *
 * <p>Contract: the body is {@link io.revalign.common.bulk.BulkRequest} {@code {"records": [...]}}
 * with at most 1,000 records (more: 413 problem, nothing written); the answer is a 200
 * {@link io.revalign.common.bulk.BulkResponse}: {@code results[i]} is about {@code records[i]}
 * ({@code index}, {@code status} CREATED | UPDATED | UNCHANGED | FAILED, {@code id}, {@code errors}
 * with fields relative to the record) and {@code summary} counts each status, adding up to the
 * record count. Valid records are written even when others fail.
 *
 * <p>Use in a resource and service:
 *
 * <pre>{@code
 * @POST @Path("/bulk")
 * @RequestBody(content = @Content(schema = @Schema(implementation = SkillBulkRequest.class)))
 * public Response bulk(@Valid @NotNull BulkRequest<JsonNode> body,
 *                      @HeaderParam(Idempotency.HEADER) String key, @Context UriInfo uri) {
 *     return idempotency.post(key, uri, body, () -> {
 *         BulkLedger ledger = new BulkLedger(body.requireWithinLimit().size());   // 413 above 1,000
 *         List<BulkRecord<SkillRequest>> valid = reader.read(body, SkillRequest.class, ledger);
 *         service.upsertAll(valid.stream().map(r -> new BulkRecord<>(r.index(), r.value().toCommand())).toList(),
 *                           ledger);                       // the service records CREATED/UPDATED/... per index
 *         return new Idempotency.Outcome(200, null, ledger.response());
 *     });
 * }
 * // for the contract: @Schema(name = "SkillBulkRequest") record SkillBulkRequest(List<SkillRequest> records) {}
 * }</pre>
 *
 * <p>{@link io.revalign.common.bulk.BulkReader} binds and validates each record on its own (a
 * record with a wrong enum or a missing field FAILS alone, with the field errors a single request
 * would get); {@link io.revalign.common.bulk.BulkLedger} makes losing a record impossible to miss:
 * a second outcome for one index, or a response while one has none, throws.
 */
package io.revalign.common.bulk;

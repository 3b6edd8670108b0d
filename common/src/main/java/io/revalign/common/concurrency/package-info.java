/**
 * Optimistic concurrency over HTTP: {@code ETag} from the row version and {@code If-Match} on
 * {@code PUT}/{@code PATCH}.
 *
 * <ul>
 *   <li>{@link io.revalign.common.concurrency.ETags}: the STRONG tag {@code "<version>"} of a row
 *       version (an entity's {@code @Version long version}), and {@code ok}/{@code created}
 *       responses that carry it. GET and every write answer with it.
 *   <li>{@link io.revalign.common.concurrency.IfMatch}: the resource passes the header through
 *       ({@code IfMatch.of(header)}); the service loads the row with a write lock and calls
 *       {@code ifMatch.check(entity.version)}: missing → 428, stale → 412, both problem+json whose
 *       detail names the current ETag, with the current {@code ETag} header.
 * </ul>
 *
 * <pre>{@code
 * // resource
 * @PATCH @Path("/{id}") @Consumes("application/merge-patch+json")
 * public Response patch(@PathParam("id") UUID id,
 *                       @Parameter(required = false) @HeaderParam(IfMatch.HEADER) String ifMatch, JsonNode patch) {
 *     SkillView skill = service.patch(id, IfMatch.of(ifMatch), ...);
 *     return ETags.ok(SkillResponse.from(skill), skill.version());
 * }
 * // service, in its transaction
 * Skill skill = skills.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(...);  // 404 first
 * ifMatch.check(skill.version);                                                               // 428 / 412
 * }</pre>
 *
 * <p>Loading the row {@code FOR UPDATE} before the check means no concurrent write can slip in
 * between the check and the update. The shared OpenAPI filter documents the 412 and 428 (and the
 * header's meaning) on every operation that declares an {@code If-Match} header parameter.
 */
package io.revalign.common.concurrency;
